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
 * @param video a video rather than a photo
 * @param momentSeconds of a video found by a frame, that frame's time; null otherwise
 */
public record PhotoHit(
        long photoId,
        Path path,
        String contentHash,
        float score,
        LocalDateTime takenAt,
        List<String> lexicalHits,
        List<PhotoHit> stacked,
        boolean video,
        Double momentSeconds) {

    public PhotoHit {
        lexicalHits = List.copyOf(lexicalHits);
        stacked = List.copyOf(stacked);
    }

    public PhotoHit(
            long photoId,
            Path path,
            String contentHash,
            float score,
            LocalDateTime takenAt,
            List<String> lexicalHits,
            List<PhotoHit> stacked) {
        this(photoId, path, contentHash, score, takenAt, lexicalHits, stacked, false, null);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public boolean hasScore() {
        return !Float.isNaN(score);
    }
}
