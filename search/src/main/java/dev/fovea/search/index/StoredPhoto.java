package dev.fovea.search.index;

/**
 * What the index stores about a photo besides its embedding: the fields that filters and lexical matching
 * need, and enough to show and explain a result. Nullable where the photo may not say (date, camera, lens,
 * place); {@code width}/{@code height} are as displayed (after EXIF rotation), 0 when unknown.
 *
 * @param folder the photo's folder, absolute; its ancestors are indexed too so a folder filter includes subfolders
 * @param fileType the lowercase extension-like type: jpg, png, heic, ...
 * @param momentSeconds for a video found by one of its frames, that frame's time from the start; null otherwise
 * @param takenAtMillis when the photo was taken: the camera's wall-clock time written as if it were UTC (EXIF
 *     rarely records a zone), so "July 2023" means July on the photo's own calendar; null when unknown
 */
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
        String contentHash,
        Double momentSeconds) {

    public StoredPhoto(
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
        this(
                photoId,
                path,
                folder,
                fileName,
                fileType,
                takenAtMillis,
                cameraMake,
                cameraModel,
                lens,
                latitude,
                longitude,
                width,
                height,
                contentHash,
                null);
    }

    /** The same video, found at {@code seconds}. */
    public StoredPhoto atMoment(double seconds) {
        return new StoredPhoto(
                photoId,
                path,
                folder,
                fileName,
                fileType,
                takenAtMillis,
                cameraMake,
                cameraModel,
                lens,
                latitude,
                longitude,
                width,
                height,
                contentHash,
                seconds);
    }

    /** A video file (its type says so), rather than a photo. */
    public boolean isVideo() {
        return fileType != null && FileTypes.isVideo(fileType);
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    public Orientation orientation() {
        return Orientation.of(width, height);
    }
}
