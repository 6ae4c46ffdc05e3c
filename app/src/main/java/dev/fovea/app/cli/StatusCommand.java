package dev.fovea.app.cli;

import dev.fovea.app.json.Json;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.LibraryStatus;
import dev.fovea.indexer.catalog.VideoTable;
import dev.fovea.search.index.Vectorization;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description =
                "Library roots, counts (indexed / pending / skipped by reason, decoded with warnings), model and sizes.")
final class StatusCommand extends FoveaSubcommand {
    private static final int SKIPPED_LISTED = 100;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    /**
     * The JSON shape (snake_case keys): files_seen == indexed + pending + sum(skipped); decoded_with_warnings counts
     * indexed photos whose decoder read past damage, listed (most recent first) in warned_files.
     */
    record Status(
            long filesSeen,
            long indexed,
            long indexedExact,
            long pending,
            Map<String, Long> skipped,
            long decodedWithWarnings,
            String model,
            String servingModel,
            List<LibraryStatus.RootStatus> roots,
            Videos videos,
            Sizes sizes,
            String vectorizationProvider,
            List<Skipped> skippedFiles,
            List<Warned> warnedFiles) {}

    record Skipped(String path, String reason, String detail) {}

    /** An indexed photo decoded with a warning, in the decoder's words. */
    record Warned(String path, String warning) {}

    /** Videos among the indexed files, their sampled frames, and the videos sampled only partly. */
    record Videos(long videos, long frames, long partial) {}

    record Sizes(long catalogBytes, Map<String, Long> indexBytes, long thumbnailBytes) {}

    @Override
    public Integer call() {
        try (Library library = Library.open(home().root())) {
            LibraryStatus status = library.status();
            Status out = new Status(
                    status.filesSeen(),
                    status.indexed(),
                    status.indexedExact(),
                    status.pending(),
                    status.skipped(),
                    status.decodedWithWarnings(),
                    status.indexingModel(),
                    status.servingModel(),
                    status.roots(),
                    videos(library, status.indexingModel()),
                    new Sizes(status.catalogBytes(), status.indexBytes(), status.thumbnailBytes()),
                    Vectorization.provider(),
                    library.skippedFiles(SKIPPED_LISTED).stream()
                            .map(file -> new Skipped(file.path().toString(), file.reason(), file.detail()))
                            .toList(),
                    library.decodeWarnings(SKIPPED_LISTED).stream()
                            .map(file -> new Warned(file.path().toString(), file.warning()))
                            .toList());
            if (json) {
                out().println(Json.line(out));
            } else {
                print(out, out());
            }
            out().flush();
            return FoveaCli.OK;
        }
    }

    private static Videos videos(Library library, String model) {
        if (model == null) {
            return new Videos(0, 0, 0);
        }
        VideoTable.Counts counts = library.videoCounts(model);
        return new Videos(counts.videos(), counts.frames(), counts.partial());
    }

    private void print(Status status, PrintWriter out) {
        out.println("Library:  " + TerminalText.oneLine(home().root()));
        out.printf(
                Locale.ROOT,
                "Photos:   %d found: %d indexed, %d pending, %d skipped%n",
                status.filesSeen(),
                status.indexed(),
                status.pending(),
                status.skipped().values().stream().mapToLong(Long::longValue).sum());
        if (status.indexedExact() > 0) {
            out.printf(
                    Locale.ROOT,
                    "          %d of the indexed from the exact decode (fovea index --exact)%n",
                    status.indexedExact());
        }
        status.skipped()
                .forEach((reason, count) -> out.printf(Locale.ROOT, "          skipped %s: %d%n", reason, count));
        if (status.decodedWithWarnings() > 0) {
            out.printf(
                    Locale.ROOT,
                    "          %d of the indexed decoded with warnings (damage the decoder read past)%n",
                    status.decodedWithWarnings());
        }
        if (status.videos().videos() > 0) {
            out.printf(
                    Locale.ROOT,
                    "Videos:   %d indexed as %d sampled frames%s%n",
                    status.videos().videos(),
                    status.videos().frames(),
                    status.videos().partial() == 0
                            ? ""
                            : " (" + status.videos().partial()
                                    + " only partly: damaged or too long to sample in time)");
        }
        out.println("Model:    " + (status.model() == null ? noModelYet() : status.model())
                + (status.servingModel() != null && !status.servingModel().equals(status.model())
                        ? " (searches use " + status.servingModel() + " until it has caught up)"
                        : ""));
        out.println("Folders:");
        if (status.roots().isEmpty()) {
            out.println("          none; add one with 'fovea index FOLDER'");
        }
        for (LibraryStatus.RootStatus root : status.roots()) {
            out.printf(
                    Locale.ROOT,
                    "          %s: %d photos (%d indexed, %d pending, %d skipped)%s%s%n",
                    TerminalText.oneLine(root.path()),
                    root.photos(),
                    root.indexed(),
                    root.pending(),
                    root.skipped(),
                    root.online() ? "" : ", NOT REACHABLE",
                    root.lastScanMillis() == null
                            ? ""
                            : ", last scan " + root.lastScan() + " " + Instant.ofEpochMilli(root.lastScanMillis()));
            root.problems()
                    .forEach(problem -> out.println("            could not read " + TerminalText.oneLine(problem)));
        }
        out.printf(
                Locale.ROOT,
                "Sizes:    catalog %s, index %s, thumbnails %s%n",
                bytes(status.sizes().catalogBytes()),
                bytes(status.sizes().indexBytes().values().stream()
                        .mapToLong(Long::longValue)
                        .sum()),
                bytes(status.sizes().thumbnailBytes()));
        out.println("Vectors:  " + status.vectorizationProvider());
        if (!status.skippedFiles().isEmpty()) {
            out.println("Skipped files (most recent first):");
            status.skippedFiles().stream()
                    .limit(20)
                    .forEach(file ->
                            out.println("          " + TerminalText.oneLine(file.path() + ": " + file.reason())));
        }
        if (!status.warnedFiles().isEmpty()) {
            out.println("Decoded with warnings (most recent first):");
            status.warnedFiles().stream()
                    .limit(20)
                    .forEach(file ->
                            out.println("          " + TerminalText.oneLine(file.path() + ": " + file.warning())));
        }
    }

    /** Nothing indexed yet: indexing needs a model first, so say how to get one when none is installed. */
    private String noModelYet() {
        return ModelResolver.store(home()).activeId().isPresent()
                ? "none used yet (index a folder: 'fovea index FOLDER')"
                : "none installed (get one: 'fovea model download', or 'fovea model import DIR')";
    }

    private static String bytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
