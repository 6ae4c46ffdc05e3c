package dev.fovea.app.album;

/**
 * An album of any kind as the sidebar and {@code fovea albums} list it.
 *
 * @param photos how many photos it holds now; {@link #UNKNOWN} for a saved search that could not be run
 * @param coverHash content hash of its cover, null when it has no photo now
 * @param query a saved search's text as typed, null for the other kinds
 */
public record ListedAlbum(String name, AlbumKind kind, long photos, String coverHash, String query) {
    public static final long UNKNOWN = -1;
}
