package dev.fovea.search.image;

import dev.fovea.search.model.Preprocessing;

/**
 * STAND-IN until helper "imaging" lands the real preprocessing in main (same public API): nearest-neighbour
 * resize of RGB images only. Delete this file when merging main brings the real one.
 */
public final class ImagePreprocessor {
    private final Preprocessing preprocessing;

    public ImagePreprocessor(Preprocessing preprocessing) {
        this.preprocessing = preprocessing;
    }

    public int tensorLength() {
        int size = preprocessing.imageSize();
        return 3 * size * size;
    }

    public void write(PixelImage image, float[] target, int offset) {
        int size = preprocessing.imageSize();
        int channels = image.layout().channels();
        float[] mean = preprocessing.mean();
        float[] std = preprocessing.std();
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int sx = x * image.width() / size;
                    int sy = y * image.height() / size;
                    int sample = image.pixels()[(sy * image.width() + sx) * channels + Math.min(c, channels - 1)] & 0xff;
                    target[offset + (c * size + y) * size + x] = (sample / 255f - mean[c]) / std[c];
                }
            }
        }
    }
}
