package dev.fovea.indexer;

import java.util.List;

/**
 * What {@code fovea verify --repair} did.
 *
 * @param rebuiltIndexes the models whose vector index was rebuilt from the catalog
 * @param thumbnailsMade thumbnails made again from the photos (they were missing or unreadable)
 * @param thumbnailsUnrepairable thumbnails that could not be made (the photo is gone or unreadable)
 */
public record RepairReport(List<String> rebuiltIndexes, long thumbnailsMade, long thumbnailsUnrepairable) {}
