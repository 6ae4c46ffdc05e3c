package dev.fovea.indexer.pipeline;

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
     * Decodes a photo whose bytes the caller has already read, so the file is not read again; decoders that
     * cannot decode from memory read the file.
     */
    default DecodedImage decode(Path file, byte[] content, int minShortSide) {
        return decode(file, minShortSide);
    }
}
