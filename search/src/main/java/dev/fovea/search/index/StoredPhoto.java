package dev.fovea.search.index;

import dev.fovea.search.places.Place;
import dev.fovea.search.places.ReverseGeocoder;
import java.util.List;

/**
 * What the index stores about a photo besides its embedding: the fields that filters and lexical matching
 * need, and enough to show and explain a result. Nullable where the photo may not say (date, camera, lens,
 * place); {@code width}/{@code height} are as displayed (after EXIF rotation), 0 when unknown.
 *
 * @param folder the photo's folder, absolute; its ancestors are indexed too so a folder filter includes subfolders
 * @param fileType the lowercase extension-like type: jpg, png, heic, ...
 * @param takenAtMillis when the photo was taken: the camera's wall-clock time written as if it were UTC (EXIF
 *     rarely records a zone), so "July 2023" means July on the photo's own calendar; null when unknown
 * @param place where the coordinates are, in names; null without coordinates or at sea
 * @param placeNames every name the place answers to (see {@link ReverseGeocoder#namesOf}); indexed, not stored
 * @param momentSeconds for a video found by one of its frames, that frame's time from the start; null otherwise
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
        Place place,
        List<String> placeNames,
        Double momentSeconds) {

    public StoredPhoto {
        placeNames = List.copyOf(placeNames);
    }

    /** A photo (or a video not found by a frame) with its place. */
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
            String contentHash,
            Place place,
            List<String> placeNames) {
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
                place,
                placeNames,
                null);
    }

    /** A photo whose place is not named. */
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
                null,
                List.of());
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
                place,
                placeNames,
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
