package dev.fovea.indexer.testing;

import dev.fovea.indexer.pipeline.PhotoEncoder;
import dev.fovea.search.image.PixelImage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in model for pipeline tests: the "embedding" is the mean colour of each quadrant of a 16x16
 * nearest-neighbour reduction, L2-normalised. Counts the images it encodes.
 */
public final class ColourEncoder implements PhotoEncoder {
    private static final int SIZE = 16;
    private final String modelId;
    public final AtomicLong encodedImages = new AtomicLong();
    public final AtomicLong calls = new AtomicLong();

    public ColourEncoder(String modelId) {
        this.modelId = modelId;
    }

    public ColourEncoder() {
        this("colour-test");
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int dimensions() {
        return 12;
    }

    @Override
    public int inputSize() {
        return SIZE;
    }

    @Override
    public int tensorLength() {
        return 3 * SIZE * SIZE;
    }

    @Override
    public void preprocess(PixelImage image, float[] target, int offset) {
        int channels = image.layout().channels();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int at = ((y * image.height() / SIZE) * image.width() + x * image.width() / SIZE) * channels;
                for (int c = 0; c < 3; c++) {
                    int sample = image.pixels()[at + (channels >= 3 ? c : 0)] & 0xff;
                    target[offset + c * SIZE * SIZE + y * SIZE + x] = sample / 255f;
                }
            }
        }
    }

    @Override
    public float[][] encode(float[] batch, int count) {
        calls.incrementAndGet();
        encodedImages.addAndGet(count);
        float[][] vectors = new float[count][12];
        for (int i = 0; i < count; i++) {
            int base = i * tensorLength();
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < SIZE; y++) {
                    for (int x = 0; x < SIZE; x++) {
                        int quadrant = (y < SIZE / 2 ? 0 : 2) + (x < SIZE / 2 ? 0 : 1);
                        vectors[i][quadrant * 3 + c] += batch[base + c * SIZE * SIZE + y * SIZE + x] + 0.01f;
                    }
                }
            }
            double norm = 0;
            for (float v : vectors[i]) {
                norm += v * v;
            }
            for (int d = 0; d < 12; d++) {
                vectors[i][d] /= (float) Math.sqrt(norm);
            }
        }
        return vectors;
    }
}
