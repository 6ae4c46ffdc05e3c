package dev.fovea.app.cli;

import dev.fovea.app.json.Json;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.RepairReport;
import dev.fovea.indexer.VerifyReport;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.index.IndexCheck;
import dev.fovea.indexer.pipeline.DecoderAdapter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check that the catalog and the vector index agree; exit 1 when they do not.",
            "Checks the state as found; --repair first rebuilds a damaged vector index from the catalog's",
            "embeddings and missing or damaged thumbnails from the photos (progress on stderr)."
        })
final class VerifyCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(
            names = "--repair",
            description =
                    "Rebuild what is damaged (vector indexes from the catalog, thumbnails from the photos), then check.")
    boolean repair;

    record Result(boolean consistent, List<IndexCheck> indexes, List<String> problems) {}

    @Override
    public Integer call() {
        try (Library library = Library.open(home().root())) {
            if (repair) {
                RepairReport repaired = library.repair(new DecoderAdapter(new PhotoDecoder()), line -> {
                    err().println("fovea: " + line);
                    err().flush();
                });
                err().printf(
                                Locale.ROOT,
                                "fovea: repaired %d vector indexes and %d thumbnails%s%n",
                                repaired.rebuiltIndexes().size(),
                                repaired.thumbnailsMade(),
                                repaired.thumbnailsUnrepairable() == 0
                                        ? ""
                                        : "; " + repaired.thumbnailsUnrepairable() + " photos could not be read");
            }
            VerifyReport report = library.verify();
            PrintWriter out = out();
            if (json) {
                out.println(Json.line(new Result(report.consistent(), report.indexes(), report.problems())));
            } else {
                for (IndexCheck check : report.indexes()) {
                    out.printf(
                            Locale.ROOT,
                            "%s: catalog %d photos, index %d: %s%n",
                            check.modelId(),
                            check.catalogPhotos(),
                            check.indexedPhotos(),
                            check.consistent() ? consistent(check) : describe(check));
                }
                report.problems().forEach(problem -> out.println("catalog: " + problem));
                if (report.indexes().isEmpty()) {
                    out.println("No vector index yet ('fovea index FOLDER' builds one).");
                }
            }
            out.flush();
            if (!report.consistent()) {
                err().println(
                                "fovea: the library is inconsistent (see above); 'fovea verify --repair' rebuilds the index from the catalog.");
                err().flush();
                return FoveaCli.FAILURE;
            }
            return FoveaCli.OK;
        }
    }

    private static String consistent(IndexCheck check) {
        return check.dormant() && check.unsyncedChanges() > 0
                ? "consistent (not in use: " + check.unsyncedChanges() + " catalog changes wait until it is used again)"
                : "consistent";
    }

    private static String describe(IndexCheck check) {
        StringBuilder text = new StringBuilder();
        if (check.missingCount() > 0) {
            text.append(check.missingCount())
                    .append(" photos missing from the index (e.g. ids ")
                    .append(check.missing())
                    .append(") ");
        }
        if (check.extraCount() > 0) {
            text.append(check.extraCount())
                    .append(" photos in the index but not the catalog (e.g. ids ")
                    .append(check.extra())
                    .append(") ");
        }
        if (check.unsyncedChanges() > 0) {
            text.append(check.unsyncedChanges()).append(" catalog changes not yet in the index");
        }
        return text.toString().strip();
    }
}
