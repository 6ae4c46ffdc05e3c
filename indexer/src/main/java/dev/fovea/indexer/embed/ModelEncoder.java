package dev.fovea.indexer.embed;

import dev.fovea.indexer.pipeline.PhotoEncoder;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.image.ImagePreprocessor;
import dev.fovea.search.image.PixelImage;

/** The pipeline's model: an ONNX image tower, with open_clip's preprocessing run on the decode workers. */
public final class ModelEncoder implements PhotoEncoder {
    private final EmbeddingModel model;
    private final ImagePreprocessor preprocessor;

    public ModelEncoder(EmbeddingModel model) {
        this.model = model;
        this.preprocessor = new ImagePreprocessor(model.preprocessing());
    }

    @Override
    public String modelId() {
        return model.id();
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public int inputSize() {
        return model.preprocessing().imageSize();
    }

    @Override
    public int tensorLength() {
        return preprocessor.tensorLength();
    }

    @Override
    public void preprocess(PixelImage image, float[] target, int offset) {
        preprocessor.write(image, target, offset);
    }

    @Override
    public float[][] encode(float[] batch, int count) {
        return model.embedPreprocessed(batch, count);
    }
}
