package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.thumbnail.ThumbnailMaker;

/**
 * How much of a photo the pipeline decodes: enough for the model input with the margin fidelity needs
 * ({@link DecodeRequest#forModelInput}) and for a full-size thumbnail of photos up to 4:3.
 */
public final class DecodeSize {
    private DecodeSize() {}

    /** What indexing asks the decoder for: {@code exact}, or reduced as {@link DecodeRequest#forModelInput} reduces. */
    public static DecodeRequest request(int modelInputSize, boolean exact) {
        return exact
                ? DecodeRequest.fullResolution()
                : new DecodeRequest(
                        minShortSide(modelInputSize),
                        DecodeRequest.forModelInput(modelInputSize).reduction());
    }

    public static int minShortSide(int modelInputSize) {
        return Math.max(
                DecodeRequest.forModelInput(modelInputSize).minShortSide(),
                ThumbnailMaker.shortSideNeeded(4 * ThumbnailMaker.LONG_SIDE, 3 * ThumbnailMaker.LONG_SIDE));
    }
}
