package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.DecodedImage;
import java.nio.file.Path;

/** Decodes photos for the pipeline; implemented over {@code dev.fovea.indexer.decode.PhotoDecoder}. Thread-safe. */
@FunctionalInterface
public interface PhotoDecoding {
    /**
     * @param minShortSide the smallest short side the caller needs; a decoder may return a reduced picture that keeps it
     * @throws PhotoSkippedException when the file is not a photo it can read
     */
    DecodedImage decode(Path file, int minShortSide);

    /**
     * Decodes a photo whose bytes and orientation the caller already has, so the file is not read and its metadata
     * not parsed again; decoders that cannot decode from memory read the file.
     *
     * @param content the whole file in {@code content[0 .. length)} (the array is reused for the next photo once this
     *     returns), or null when it was too large to hold
     * @param orientation EXIF orientation 1..8 from the photo's metadata, anything else for none
     * @param request how small the picture may be decoded, or exact
     */
    default DecodedImage decode(Path file, byte[] content, int length, int orientation, DecodeRequest request) {
        return decode(file, request.minShortSide());
    }
}
