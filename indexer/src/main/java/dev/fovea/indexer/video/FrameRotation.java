package dev.fovea.indexer.video;

import dev.fovea.search.image.PixelImage;

/** Turns frames upright by the display rotation a video's metadata records (phones film portrait this way). */
final class FrameRotation {
    private FrameRotation() {}

    /**
     * FFmpeg's display rotation is counter-clockwise in degrees; what shows the picture upright is the opposite
     * turn, in quarter turns clockwise (0 to 3).
     */
    static int clockwiseQuarterTurns(double displayRotationDegrees) {
        if (!Double.isFinite(displayRotationDegrees)) {
            return 0;
        }
        long quarters = Math.round(-displayRotationDegrees / 90.0);
        return (int) Math.floorMod(quarters, 4L);
    }

    static PixelImage rotate(PixelImage image, int clockwiseQuarterTurns) {
        if (clockwiseQuarterTurns == 0) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        int channels = image.layout().channels();
        boolean swap = clockwiseQuarterTurns % 2 == 1;
        int outW = swap ? h : w;
        int outH = swap ? w : h;
        byte[] source = image.pixels();
        byte[] target = new byte[source.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (clockwiseQuarterTurns) {
                    case 1 -> {
                        tx = h - 1 - y;
                        ty = x;
                    }
                    case 2 -> {
                        tx = w - 1 - x;
                        ty = h - 1 - y;
                    }
                    default -> {
                        tx = y;
                        ty = w - 1 - x;
                    }
                }
                System.arraycopy(source, (y * w + x) * channels, target, (ty * outW + tx) * channels, channels);
            }
        }
        return new PixelImage(outW, outH, image.layout(), target);
    }
}
