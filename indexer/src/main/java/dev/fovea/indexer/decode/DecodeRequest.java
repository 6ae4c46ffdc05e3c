package dev.fovea.indexer.decode;

/**
 * What the caller needs from a decode.
 *
 * @param minShortSide the smallest short side the caller needs (model input and thumbnail); decoders may
 *     reduce the picture down to it, never below (unless the photo itself is smaller)
 * @param reduction how a JPEG is brought down to that size
 */
public record DecodeRequest(int minShortSide, Reduction reduction) {
    /**
     * How many times the model's input size a reduced decode keeps on its short side. Below it the reduction
     * replaces most of the reference's antialiasing filter and embeddings drift from the reference
     * (FastPathParityTest prints the table).
     */
    public static final int MODEL_INPUT_MARGIN = 2;

    /** How a JPEG is reduced; other formats are decoded at full size (or subsampled when over the pixel limit). */
    public enum Reduction {
        /** None: the pixels the reference (PIL) sees, for parity and {@code --exact}. */
        NONE,
        /** libjpeg-turbo's DCT-domain scaling (1/8 to 7/8): the fastest, and the furthest from the reference. */
        DCT_SCALE,
        /**
         * Decoded at full size, then whole blocks of pixels averaged (integer factors that divide both sides),
         * so the reference resize starts from what the full picture holds, pixel for pixel averaged.
         */
        BOX_AVERAGE
    }

    public DecodeRequest {
        if (minShortSide <= 0) {
            throw new IllegalArgumentException("minShortSide must be positive: " + minShortSide);
        }
    }

    /** No reduced-scale decoding: the pixels the reference (PIL) would see. */
    public boolean exact() {
        return reduction == Reduction.NONE;
    }

    /** Full-resolution decode, as PIL does it. */
    public static DecodeRequest fullResolution() {
        return new DecodeRequest(1, Reduction.NONE);
    }

    /** For a model whose input is {@code inputSize} square: as small as fidelity to the reference allows. */
    public static DecodeRequest forModelInput(int inputSize) {
        return atLeast(MODEL_INPUT_MARGIN * inputSize);
    }

    /** As small as the caller can use: the fastest decode. */
    public static DecodeRequest atLeast(int minShortSide) {
        return new DecodeRequest(minShortSide, Reduction.DCT_SCALE);
    }

    /** Full-size decode averaged down in whole blocks to at least {@code minShortSide}. */
    public static DecodeRequest boxAveraged(int minShortSide) {
        return new DecodeRequest(minShortSide, Reduction.BOX_AVERAGE);
    }
}
