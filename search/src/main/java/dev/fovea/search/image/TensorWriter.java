package dev.fovea.search.image;

import dev.fovea.search.model.Preprocessing;
import java.nio.FloatBuffer;

/**
 * torchvision's {@code ToTensor} then {@code Normalize}: {@code (v / 255 - mean) / std} in float32, one plane per
 * RGB channel. Precomputed per channel and byte value, with the same float operations torch performs.
 */
final class TensorWriter {
    private final float[][] table = new float[3][256];
    private final int size;

    TensorWriter(Preprocessing preprocessing) {
        float[] mean = preprocessing.mean();
        float[] std = preprocessing.std();
        for (int channel = 0; channel < 3; channel++) {
            for (int value = 0; value < 256; value++) {
                table[channel][value] = ((float) value / 255f - mean[channel]) / std[channel];
            }
        }
        this.size = preprocessing.imageSize();
    }

    int length() {
        return 3 * size * size;
    }

    /** {@code samples} is the {@code size x size} window with {@code channels} samples per pixel, of which the first (gray) or first three (RGB) count. */
    void write(byte[] samples, int channels, float[] target, int offset) {
        int plane = size * size;
        boolean gray = channels < 3;
        for (int pixel = 0; pixel < plane; pixel++) {
            int base = pixel * channels;
            int red = samples[base] & 0xff;
            target[offset + pixel] = table[0][red];
            target[offset + plane + pixel] = table[1][gray ? red : samples[base + 1] & 0xff];
            target[offset + 2 * plane + pixel] = table[2][gray ? red : samples[base + 2] & 0xff];
        }
    }

    void write(byte[] samples, int channels, FloatBuffer target, int offset) {
        int plane = size * size;
        boolean gray = channels < 3;
        for (int pixel = 0; pixel < plane; pixel++) {
            int base = pixel * channels;
            int red = samples[base] & 0xff;
            target.put(offset + pixel, table[0][red]);
            target.put(offset + plane + pixel, table[1][gray ? red : samples[base + 1] & 0xff]);
            target.put(offset + 2 * plane + pixel, table[2][gray ? red : samples[base + 2] & 0xff]);
        }
    }
}
