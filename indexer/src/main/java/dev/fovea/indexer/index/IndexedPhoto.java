package dev.fovea.indexer.index;

/**
 * One photo as a model's vector index holds it: the fields search filters on and the embedding. Mirrors
 * {@code dev.fovea.search.index.PhotoDocument}.
 *
 * @param takenAtMillis the camera's wall-clock time encoded as UTC (see TakenAt#floatingEpochMillis), or null
 */
public record IndexedPhoto(
        long photoId,
        String path,
        String folder,
        String fileName,
        String fileType,
        Long takenAtMillis,
        String cameraMake,
        String cameraModel,
        String lens,
        Double latitude,
        Double longitude,
        int width,
        int height,
        String contentHash,
        float[] embedding) {}
