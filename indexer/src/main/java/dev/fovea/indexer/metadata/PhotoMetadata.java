package dev.fovea.indexer.metadata;

/**
 * What a photo's own metadata says about it. Every field is null when the file does not say.
 *
 * @param fileType short lower-case type detected from the content: jpeg, png, heif, webp, tiff, gif, bmp, or a RAW kind
 * @param width width as displayed (EXIF orientation applied)
 * @param height height as displayed
 * @param exposureTime seconds
 * @param focalLength millimetres
 * @param orientation EXIF orientation 1..8 that turns the decoded picture upright ({@code PhotoOrientation})
 */
public record PhotoMetadata(
        String fileType,
        Integer width,
        Integer height,
        TakenAt takenAt,
        String cameraMake,
        String cameraModel,
        String lens,
        Double fNumber,
        Double exposureTime,
        Integer iso,
        Double focalLength,
        Double latitude,
        Double longitude,
        Integer orientation) {

    public static final PhotoMetadata EMPTY =
            new PhotoMetadata(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public PhotoMetadata withDimensions(int displayedWidth, int displayedHeight) {
        return new PhotoMetadata(
                fileType,
                displayedWidth,
                displayedHeight,
                takenAt,
                cameraMake,
                cameraModel,
                lens,
                fNumber,
                exposureTime,
                iso,
                focalLength,
                latitude,
                longitude,
                orientation);
    }

    public PhotoMetadata withFileType(String type) {
        return new PhotoMetadata(
                type,
                width,
                height,
                takenAt,
                cameraMake,
                cameraModel,
                lens,
                fNumber,
                exposureTime,
                iso,
                focalLength,
                latitude,
                longitude,
                orientation);
    }
}
