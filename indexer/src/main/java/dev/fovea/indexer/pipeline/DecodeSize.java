package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.thumbnail.ThumbnailMaker;

/** How much of a photo the pipeline decodes: enough for the model input and a full-size thumbnail of photos up to 4:3. */
public final class DecodeSize {
    private DecodeSize() {}

    public static int minShortSide(int modelInputSize) {
        return Math.max(
                modelInputSize,
                ThumbnailMaker.shortSideNeeded(4 * ThumbnailMaker.LONG_SIDE, 3 * ThumbnailMaker.LONG_SIDE));
    }
}
