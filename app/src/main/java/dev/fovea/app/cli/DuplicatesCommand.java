package dev.fovea.app.cli;

import dev.fovea.app.json.Json;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.duplicates.DuplicatePhotos;
import dev.fovea.search.query.duplicates.NearDuplicates;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "duplicates",
        mixinStandardHelpOptions = true,
        description = {
            "Groups of near-identical photos (bursts, copies, light edits), largest groups first.",
            "Each group lists its best photo first: the most pixels, then the largest file, then the earliest taken.",
            "Nothing is deleted; the app's Duplicates page moves the others to the system trash after asking."
        })
final class DuplicatesCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "Print one JSON array of groups, each {\"photos\": [...]}, best first.")
    boolean json;

    @Option(
            names = "--threshold",
            paramLabel = "SIMILARITY",
            description = "How similar two photos must be to count as the same shot, above 0 and at most 1"
                    + " (default: ${DEFAULT-VALUE}).")
    float threshold = NearDuplicates.DEFAULT_THRESHOLD;

    /** A group as {@code --json} prints it. */
    record JsonGroup(List<JsonPhoto> photos) {}

    /** {@code similarity} to the group's best photo; {@code exact_copy}: the same bytes as the best one. */
    record JsonPhoto(
            long id, String path, double similarity, boolean exactCopy, Integer width, Integer height, long size) {}

    @Override
    public Integer call() {
        if (!(threshold > 0f && threshold <= 1f)) {
            throw new UsageException("--threshold must be above 0 and at most 1, e.g. 0.95.");
        }
        List<DuplicatePhotos.Group> groups;
        try (Library library = Library.open(home().root())) {
            groups = DuplicatePhotos.find(library, threshold, () -> false);
        }
        if (json) {
            out().println(Json.line(
                    groups.stream().map(DuplicatesCommand::jsonGroup).toList()));
        } else if (groups.isEmpty()) {
            err().println("No near-identical photos at similarity " + threshold + " or above.");
        } else {
            for (DuplicatePhotos.Group group : groups) {
                out().println(group.photos().size() + " photos:");
                for (DuplicatePhotos.Member member : group.photos()) {
                    String mark = member == group.best()
                            ? "  best"
                            : member.exactCopy() ? "  copy" : String.format(Locale.ROOT, "  %.3f", member.similarity());
                    out().println(mark + "  " + member.photo().path());
                }
            }
        }
        out().flush();
        err().flush();
        return FoveaCli.OK;
    }

    private static JsonGroup jsonGroup(DuplicatePhotos.Group group) {
        return new JsonGroup(group.photos().stream()
                .map(member -> {
                    PhotoRow photo = member.photo();
                    return new JsonPhoto(
                            photo.id(),
                            photo.path().toString(),
                            Math.round(member.similarity() * 1e4) / 1e4,
                            member.exactCopy(),
                            photo.metadata().width(),
                            photo.metadata().height(),
                            photo.size());
                })
                .toList());
    }
}
