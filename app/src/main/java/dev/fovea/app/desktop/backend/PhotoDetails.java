package dev.fovea.app.desktop.backend;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * What the viewer shows beside a photo. Null fields are unknown.
 *
 * @param takenAt with the offset when EXIF recorded one, else at the system's offset
 * @param exposureTime seconds, e.g. 0.004 for 1/250
 */
public record PhotoDetails(
        long photoId,
        Path path,
        long fileBytes,
        int width,
        int height,
        String fileType,
        OffsetDateTime takenAt,
        String cameraMake,
        String cameraModel,
        String lens,
        Double fNumber,
        Double exposureTime,
        Integer iso,
        Double focalLength,
        Double latitude,
        Double longitude) {

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }
}
