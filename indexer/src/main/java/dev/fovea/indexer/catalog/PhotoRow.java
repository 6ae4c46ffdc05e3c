package dev.fovea.indexer.catalog;

import dev.fovea.indexer.metadata.PhotoMetadata;
import java.nio.file.Path;

/** A catalogued photo as the UI and the search side see it. */
public record PhotoRow(
        long id,
        long rootId,
        Path path,
        String folder,
        String fileName,
        long size,
        long modifiedMillis,
        String contentHash,
        PhotoMetadata metadata,
        PhotoStatus status,
        String skipReason,
        String skipDetail,
        String modelId) {}
