package dev.fovea.indexer.testing;

import dev.fovea.indexer.pipeline.PhotoEncoder;
import dev.fovea.search.image.PixelImage;

/** A model that does what another does; tests override {@link #encode} to log, break or fail its output. */
public abstract class ForwardingEncoder implements PhotoEncoder {
    private final PhotoEncoder model;

    protected ForwardingEncoder(PhotoEncoder model) {
        this.model = model;
    }

    @Override
    public String modelId() {
        return model.modelId();
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public int inputSize() {
        return model.inputSize();
    }

    @Override
    public int tensorLength() {
        return model.tensorLength();
    }

    @Override
    public void preprocess(PixelImage image, float[] target, int offset) {
        model.preprocess(image, target, offset);
    }

    @Override
    public float[][] encode(float[] batch, int count) {
        return model.encode(batch, count);
    }
}
