package dev.fovea.indexer.catalog;

/**
 * An album as listed: one made by hand, or a saved search (which has a query and holds no photos of its own).
 *
 * @param photos how many of its photos are in the library now (a photo whose file is gone is kept, not counted);
 *     0 for a saved search, whose photos are what it finds
 * @param coverHash content hash of the photo added last that is still in the library, null when none is
 * @param query a saved search's text as typed, so relative dates ("last summer") are read again each time; null for
 *     an album made by hand
 * @param filters a saved search's filters as JSON, null for an album made by hand
 */
public record AlbumRow(long id, String name, long photos, String coverHash, String query, String filters) {

    public boolean savedSearch() {
        return query != null;
    }
}
