package dev.fovea.indexer.pipeline;

import dev.fovea.search.image.PixelImage;

/**
 * The model side of the pipeline, split the way the pipeline runs it: preprocessing on the decode workers,
 * batched encoding on the encoder thread. Implemented over {@code dev.fovea.search.encoder.EmbeddingModel}.
 */
public interface PhotoEncoder {
    String modelId();

    int dimensions();

    /** The model's square input side; decodes keep at least this short side. */
    int inputSize();

    /** Floats per preprocessed image. */
    int tensorLength();

    /**
     * Writes the model input for one picture to {@code target[offset .. offset + tensorLength())}, every element of it
     * (the target holds an earlier picture's input); thread-safe.
     */
    void preprocess(PixelImage image, float[] target, int offset);

    /** Embeds {@code count} preprocessed images laid out back to back; L2-normalised vectors. */
    float[][] encode(float[] batch, int count);
}
