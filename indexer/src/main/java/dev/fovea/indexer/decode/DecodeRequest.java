package dev.fovea.indexer.decode;

/**
 * What the caller needs from a decode.
 *
 * @param minShortSide the smallest short side the caller needs (model input and thumbnail); decoders may
 *     decode at a reduced scale down to it, never below (unless the photo itself is smaller)
 * @param exact no reduced-scale decoding: the pixels the reference (PIL) would see, for parity checks
 */
public record DecodeRequest(int minShortSide, boolean exact) {
    /**
     * How many times the model's input size a reduced-scale decode keeps on its short side. Below it the
     * DCT-domain reduction (a block average on the block grid) replaces most of the reference's antialiasing
     * filter and embeddings drift from the reference; at it the camera photos embed at median cosine 0.998 and
     * at least 0.987 to the reference under calibrated MobileCLIP2-S0 (FastPathParityTest prints the table).
     */
    public static final int MODEL_INPUT_MARGIN = 2;

    public DecodeRequest {
        if (minShortSide <= 0) {
            throw new IllegalArgumentException("minShortSide must be positive: " + minShortSide);
        }
    }

    /** Full-resolution decode, as PIL does it. */
    public static DecodeRequest fullResolution() {
        return new DecodeRequest(1, true);
    }

    /** For a model whose input is {@code inputSize} square: as small as fidelity to the reference allows. */
    public static DecodeRequest forModelInput(int inputSize) {
        return atLeast(MODEL_INPUT_MARGIN * inputSize);
    }

    /** As small as the caller can use: the fastest decode. */
    public static DecodeRequest atLeast(int minShortSide) {
        return new DecodeRequest(minShortSide, false);
    }
}
