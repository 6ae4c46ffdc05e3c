package dev.fovea.search.index;

/** What the index stores about a photo besides its embedding: enough to show and explain a result. */
public record StoredPhoto(
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
        String contentHash) {

    public Orientation orientation() {
        return Orientation.of(width, height);
    }
}
