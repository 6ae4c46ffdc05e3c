package dev.fovea.indexer.decode;

/**
 * What the caller needs from a decode.
 *
 * @param minShortSide the smallest short side the caller needs (model input and thumbnail); decoders may
 *     decode at a reduced scale down to it, never below (unless the photo itself is smaller)
 * @param exact no reduced-scale decoding: the pixels the reference (PIL) would see, for parity checks
 */
public record DecodeRequest(int minShortSide, boolean exact) {
    public DecodeRequest {
        if (minShortSide <= 0) {
            throw new IllegalArgumentException("minShortSide must be positive: " + minShortSide);
        }
    }

    /** Full-resolution decode, as PIL does it. */
    public static DecodeRequest fullResolution() {
        return new DecodeRequest(1, true);
    }

    /** As small as the caller can use: the fastest decode. */
    public static DecodeRequest atLeast(int minShortSide) {
        return new DecodeRequest(minShortSide, false);
    }
}
