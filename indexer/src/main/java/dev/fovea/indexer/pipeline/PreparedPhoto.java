package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.catalog.TextTable;
import dev.fovea.indexer.metadata.PhotoMetadata;

/**
 * A photo decoded and preprocessed, waiting for the encoder.
 *
 * @param decodeWarning the damage its decoder read past, null when it decoded cleanly
 * @param textGate the text gate's verdict on its thumbnail, null when the gate did not look at it
 */
record PreparedPhoto(
        WorkItem item,
        String hash,
        PhotoMetadata metadata,
        String decodeWarning,
        TextTable.Outcome textGate,
        float[] tensor)
        implements ToEncode {}
