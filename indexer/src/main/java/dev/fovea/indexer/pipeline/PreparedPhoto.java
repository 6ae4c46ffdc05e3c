package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.metadata.PhotoMetadata;

/**
 * A photo decoded and preprocessed, waiting for the encoder.
 *
 * @param decodeWarning the damage its decoder read past, null when it decoded cleanly
 */
record PreparedPhoto(WorkItem item, String hash, PhotoMetadata metadata, String decodeWarning, float[] tensor)
        implements ToEncode {}
