package dev.fovea.indexer.catalog;

import dev.fovea.indexer.metadata.PhotoMetadata;
import java.nio.file.Path;

/**
 * The outcome of processing one file, as it is written to its catalog row.
 *
 * @param contentHash null when the file could not be read
 * @param modelId the model whose embedding the photo now has (indexed), else null
 */
public record PhotoWrite(
        long rootId,
        Path path,
        long size,
        long modifiedMillis,
        String contentHash,
        PhotoMetadata metadata,
        PhotoStatus status,
        String skipReason,
        String skipDetail,
        String modelId) {}
