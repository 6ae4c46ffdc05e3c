package dev.fovea.indexer.pipeline;

import java.nio.file.Path;

/** Decodes photos for the pipeline; implemented over {@code dev.fovea.indexer.decode.PhotoDecoder}. Thread-safe. */
@FunctionalInterface
public interface PhotoDecoding {
    /**
     * @param minShortSide the smallest short side the caller needs; a decoder may return a reduced picture that keeps it
     * @throws PhotoSkippedException when the file is not a photo it can read
     */
    DecodedPhoto decode(Path file, int minShortSide);
}
