package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.metadata.PhotoMetadata;

/** A photo decoded and preprocessed, waiting for the encoder. */
record PreparedPhoto(WorkItem item, String hash, PhotoMetadata metadata, float[] tensor) implements ToEncode {}
