package dev.fovea.app.desktop.viewer;

/**
 * How to turn an original file upright on screen: JavaFX decodes pixels as stored and ignores the EXIF
 * orientation tag, so the viewer rotates and mirrors the image view itself.
 *
 * @param degrees clockwise rotation after mirroring
 * @param mirrored flipped left to right before rotating
 */
record ExifOrientation(int degrees, boolean mirrored) {

    static ExifOrientation of(int tag) {
        return switch (tag) {
            case 2 -> new ExifOrientation(0, true);
            case 3 -> new ExifOrientation(180, false);
            case 4 -> new ExifOrientation(180, true);
            case 5 -> new ExifOrientation(90, true);
            case 6 -> new ExifOrientation(90, false);
            case 7 -> new ExifOrientation(270, true);
            case 8 -> new ExifOrientation(270, false);
            default -> new ExifOrientation(0, false);
        };
    }

    /** Width and height swap on screen. */
    boolean quarterTurn() {
        return degrees % 180 != 0;
    }
}
