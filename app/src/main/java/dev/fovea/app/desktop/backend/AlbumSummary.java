package dev.fovea.app.desktop.backend;

/**
 * An album as the sidebar lists it.
 *
 * @param photos how many of its photos are in the library now
 * @param coverHash content hash of its cover's thumbnail, null when it has no photo now
 * @param query a saved search's text as typed, null for the other kinds
 */
public record AlbumSummary(String name, Kind kind, long photos, String coverHash, String query) {

    /** Made by hand (photos go in and out), a saved search, or a category Fovea finds in the photos. */
    public enum Kind {
        ALBUM,
        SEARCH,
        CATEGORY
    }

    /** Only the user's own albums are renamed, deleted and moved; categories come and go with the photos. */
    public boolean own() {
        return kind != Kind.CATEGORY;
    }
}
