package dev.fovea.indexer.catalog;

/**
 * An album as listed.
 *
 * @param photos how many of its photos are in the library now (a photo whose file is gone is kept, not counted)
 * @param coverHash content hash of the photo added last that is still in the library, null when none is
 */
public record AlbumRow(long id, String name, long photos, String coverHash) {}
