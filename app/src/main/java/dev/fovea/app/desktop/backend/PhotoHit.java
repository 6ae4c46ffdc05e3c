package dev.fovea.app.desktop.backend;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One photo in a result list.
 *
 * @param score cosine similarity to the query; NaN when browsing without a query
 * @param takenAt local date and time the photo was taken, null when unknown
 * @param lexicalHits query words that also matched the file name, folder or camera
 * @param stacked near-duplicates collapsed into this photo, best first
 */
public record PhotoHit(
        long photoId,
        Path path,
        String contentHash,
        float score,
        LocalDateTime takenAt,
        List<String> lexicalHits,
        List<PhotoHit> stacked) {

    public PhotoHit {
        lexicalHits = List.copyOf(lexicalHits);
        stacked = List.copyOf(stacked);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public boolean hasScore() {
        return !Float.isNaN(score);
    }
}
