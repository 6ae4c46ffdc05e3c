package dev.fovea.app.cli;

import dev.fovea.app.json.Json;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.places.Place;
import dev.fovea.search.query.MatchReason;
import dev.fovea.search.query.Moments;
import dev.fovea.search.query.SearchHit;
import dev.fovea.search.query.SearchResults;
import dev.fovea.search.query.parse.ReadFilter;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints search results: one line per photo for people (what was read as filters and notes go to stderr),
 * or one JSON array for programs.
 */
final class SearchPrinter {
    /** When nothing is above the relevance cut, how many of the closest photos are printed instead of nothing. */
    static final int CLOSEST = 10;

    static final String WEAK_NOTE = "No strong matches. Closest photos:";

    private SearchPrinter() {}

    /**
     * @param results from a search that returned what lies below the cut too
     * @param all print those below the cut; otherwise only the strong ones, or the closest few when none is
     */
    static void print(SearchResults results, boolean all, boolean json, PrintWriter out, PrintWriter err) {
        for (ReadFilter read : results.query().readFilters()) {
            err.println("Read \"" + read.typed() + "\" as " + read.kind().name().toLowerCase(Locale.ROOT) + " "
                    + read.label() + "; to search for the words instead: " + read.undoQuery());
        }
        results.query().notes().forEach(note -> err.println("Note: " + note));
        results.warnings().forEach(warning -> err.println("Note: " + warning));
        List<SearchHit> shown = all ? results.hits() : results.strongOrClosest(CLOSEST);
        if (results.weak()) {
            err.println(WEAK_NOTE);
        }
        if (json) {
            out.println(Json.line(shown.stream().map(SearchPrinter::jsonHit).toList()));
        } else {
            shown.forEach(hit -> out.println(line(hit)));
        }
        if (!all && (results.moreBelowCut() || shown.size() < results.hits().size())) {
            err.println("More photos lie below the relevance cut: add --all to see them.");
        }
        out.flush();
        err.flush();
    }

    private static String line(SearchHit hit) {
        String score = Float.isNaN(hit.similarity()) ? "     " : String.format(Locale.ROOT, "%.3f", hit.similarity());
        String why = hit.reasons().stream()
                .filter(reason ->
                        reason.kind() != MatchReason.Kind.LOOKS_LIKE && reason.kind() != MatchReason.Kind.FILTERS)
                .map(SearchPrinter::reason)
                .collect(Collectors.joining(", "));
        List<String> extras = new ArrayList<>();
        if (!why.isEmpty()) {
            extras.add(why);
        }
        if (!hit.relevant()) {
            extras.add("below the cut");
        }
        if (hit.photo().place() != null) {
            extras.add(hit.photo().place().label());
        }
        if (!hit.duplicates().isEmpty()) {
            extras.add("+" + hit.duplicates().size() + " near-identical");
        }
        String moment = hit.photo().momentSeconds() == null
                ? ""
                : " @ " + Moments.clock(hit.photo().momentSeconds());
        return score + "  " + TerminalText.oneLine(hit.photo().path()) + moment
                + (extras.isEmpty() ? "" : "  (" + String.join("; ", extras) + ")");
    }

    private static String reason(MatchReason reason) {
        return switch (reason.kind()) {
            case FILE_NAME -> "file name: " + TerminalText.oneLine(reason.matched());
            case FOLDER_NAME -> "folder: " + TerminalText.oneLine(reason.matched());
            case CAMERA -> "camera: " + reason.matched();
            case LENS -> "lens: " + reason.matched();
            case PLACE -> "place: " + reason.matched();
            case PHOTO_TEXT -> "text: " + reason.matched();
            case LOOKS_LIKE -> "looks like the query";
            case FILTERS -> "passes the filters";
        };
    }

    private static JsonHit jsonHit(SearchHit hit) {
        StoredPhoto photo = hit.photo();
        String taken = photo.takenAtMillis() == null
                ? null
                : Instant.ofEpochMilli(photo.takenAtMillis())
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDateTime()
                        .toString();
        return new JsonHit(
                photo.photoId(),
                photo.path(),
                photo.isVideo() ? "video" : "photo",
                photo.momentSeconds() == null ? null : Math.round(photo.momentSeconds() * 1e3) / 1e3,
                Float.isNaN(hit.similarity()) ? null : Math.round(hit.similarity() * 1e4) / 1e4,
                hit.relevant(),
                hit.reasons().stream()
                        .map(reason -> new JsonReason(reason.kind().name().toLowerCase(Locale.ROOT), reason.matched()))
                        .toList(),
                taken,
                photo.cameraMake(),
                photo.cameraModel(),
                photo.lens(),
                photo.fileType(),
                photo.width(),
                photo.height(),
                photo.latitude(),
                photo.longitude(),
                JsonPlace.of(photo.place()),
                hit.duplicates().stream()
                        .map(duplicate -> duplicate.photo().photoId())
                        .toList());
    }

    /**
     * A result as {@code --json} prints it; {@code strong} is whether it lies above the relevance cut (or
     * matched by name); {@code taken} is the camera's local time, as EXIF gives it; {@code timeS} the moment of a
     * video its best frame shows, in seconds from the start.
     */
    record JsonHit(
            long photoId,
            String path,
            String kind,
            Double timeS,
            Double score,
            boolean strong,
            List<JsonReason> why,
            String taken,
            String cameraMake,
            String cameraModel,
            String lens,
            String fileType,
            int width,
            int height,
            Double latitude,
            Double longitude,
            JsonPlace place,
            List<Long> duplicates) {}

    /** Where the photo was taken, in names; absent without GPS or at sea, {@code city} absent far from cities. */
    record JsonPlace(String city, String region, String country, String countryCode) {
        static JsonPlace of(Place place) {
            return place == null
                    ? null
                    : new JsonPlace(place.city(), place.region(), place.country(), place.countryCode());
        }
    }

    record JsonReason(String kind, String matched) {}
}
