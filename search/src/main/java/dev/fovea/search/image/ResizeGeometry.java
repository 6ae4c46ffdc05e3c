package dev.fovea.search.image;

/**
 * Where torchvision's {@code Resize(size)} (shortest side to {@code size}) followed by {@code CenterCrop(size)}
 * takes a picture: the resized dimensions and the crop's top-left corner in the resized picture.
 */
record ResizeGeometry(
        int sourceWidth, int sourceHeight, int resizedWidth, int resizedHeight, int cropLeft, int cropTop, int size) {

    static ResizeGeometry shortestSide(int width, int height, int size) {
        boolean portrait = width <= height;
        int shortSide = portrait ? width : height;
        int longSide = portrait ? height : width;
        // torchvision: int(size * long / short), a Python true division of integers, i.e. one correctly
        // rounded double division, then truncation.
        int resizedLong = (int) ((double) ((long) size * longSide) / shortSide);
        int resizedWidth = portrait ? size : resizedLong;
        int resizedHeight = portrait ? resizedLong : size;
        // torchvision: int(round((h - size) / 2.0)); Python rounds halves to even, as Math.rint does.
        int cropTop = (int) Math.rint((resizedHeight - size) / 2.0);
        int cropLeft = (int) Math.rint((resizedWidth - size) / 2.0);
        return new ResizeGeometry(width, height, resizedWidth, resizedHeight, cropLeft, cropTop, size);
    }

    boolean resizes() {
        return resizedWidth != sourceWidth || resizedHeight != sourceHeight;
    }
}
