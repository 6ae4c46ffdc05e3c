package dev.fovea.app.cli;

import dev.fovea.app.json.Json;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.query.MatchReason;
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
    private SearchPrinter() {}

    static void print(SearchResults results, boolean json, PrintWriter out, PrintWriter err) {
        for (ReadFilter read : results.query().readFilters()) {
            err.println("Read \"" + read.typed() + "\" as " + read.kind().name().toLowerCase(Locale.ROOT) + " "
                    + read.label() + "; to search for the words instead: " + read.undoQuery());
        }
        results.query().notes().forEach(note -> err.println("Note: " + note));
        results.warnings().forEach(warning -> err.println("Note: " + warning));
        if (json) {
            out.println(Json.line(
                    results.hits().stream().map(SearchPrinter::jsonHit).toList()));
        } else {
            results.hits().forEach(hit -> out.println(line(hit)));
            if (results.moreBelowCut()) {
                err.println("More photos lie below the relevance cut: add --all to see them.");
            }
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
        if (!hit.duplicates().isEmpty()) {
            extras.add("+" + hit.duplicates().size() + " near-identical");
        }
        return score + "  " + hit.photo().path() + (extras.isEmpty() ? "" : "  (" + String.join("; ", extras) + ")");
    }

    private static String reason(MatchReason reason) {
        return switch (reason.kind()) {
            case FILE_NAME -> "file name: " + reason.matched();
            case FOLDER_NAME -> "folder: " + reason.matched();
            case CAMERA -> "camera: " + reason.matched();
            case LENS -> "lens: " + reason.matched();
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
                hit.duplicates().stream()
                        .map(duplicate -> duplicate.photo().photoId())
                        .toList());
    }

    /** A result as {@code --json} prints it; {@code taken} is the camera's local time, as EXIF gives it. */
    record JsonHit(
            long photoId,
            String path,
            Double score,
            boolean relevant,
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
            List<Long> duplicates) {}

    record JsonReason(String kind, String matched) {}
}
