package dev.fovea.indexer.video;

import dev.fovea.search.image.PixelImage;

/**
 * A cheap picture fingerprint for telling scenes apart: the frame averaged down to 8 x 8 cells of red, green and
 * blue. Colour, not grey: a red scene cut to a green one of the same brightness is still a new scene.
 */
final class SceneSignal {
    private static final int SIDE = 8;

    private final float[] cells;

    private SceneSignal(float[] cells) {
        this.cells = cells;
    }

    static SceneSignal of(PixelImage image) {
        int channels = image.layout().channels();
        int colours = Math.min(3, channels);
        float[] sums = new float[SIDE * SIDE * 3];
        int[] counts = new int[SIDE * SIDE];
        byte[] pixels = image.pixels();
        for (int y = 0; y < image.height(); y++) {
            int row = (y * SIDE / image.height()) * SIDE;
            for (int x = 0; x < image.width(); x++) {
                int i = (y * image.width() + x) * channels;
                int cell = row + x * SIDE / image.width();
                for (int c = 0; c < 3; c++) {
                    sums[cell * 3 + c] += pixels[i + Math.min(c, colours - 1)] & 0xff;
                }
                counts[cell]++;
            }
        }
        for (int i = 0; i < sums.length; i++) {
            int count = counts[i / 3];
            sums[i] = count == 0 ? 0 : sums[i] / count;
        }
        return new SceneSignal(sums);
    }

    /** Mean absolute difference of the cells' colour samples (0 to 255). */
    double distance(SceneSignal other) {
        double total = 0;
        for (int i = 0; i < cells.length; i++) {
            total += Math.abs(cells[i] - other.cells[i]);
        }
        return total / cells.length;
    }
}
