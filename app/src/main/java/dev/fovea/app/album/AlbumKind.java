package dev.fovea.app.album;

/** What an album is: made by hand, a saved search, or one Fovea makes from what the photos show. */
public enum AlbumKind {
    ALBUM,
    SEARCH,
    CATEGORY
}
