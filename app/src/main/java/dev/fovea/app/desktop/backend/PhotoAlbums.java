package dev.fovea.app.desktop.backend;

import java.util.Collection;
import java.util.List;

/**
 * The albums: those a user makes by hand, saved searches, and categories Fovea finds in the photos. Photos are given
 * by content hash, so an album keeps a photo that is moved or renamed. Names are unique regardless of case; a refused
 * change throws with a message to show as it is.
 */
public interface PhotoAlbums {

    /** The user's albums in the user's order, then the categories that have photos. */
    List<AlbumSummary> list();

    void create(String name);

    /** Saves the search's text as typed (relative dates stay relative) and its filters; replaces a saved search. */
    void saveSearch(String name, TypedSearch search);

    void rename(String name, String newName);

    /** Deletes the album, never its photos. */
    void delete(String name);

    /** Moves one of the user's albums to {@code position}, 1 being the top. */
    void move(String name, int position);

    /** @return how many of the photos were new to the album */
    int add(String name, Collection<String> contentHashes);

    /** @return how many of the photos were in the album */
    int remove(String name, Collection<String> contentHashes);
}
