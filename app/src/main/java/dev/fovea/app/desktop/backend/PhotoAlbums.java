package dev.fovea.app.desktop.backend;

import java.util.Collection;
import java.util.List;

/**
 * The albums a user makes. Photos are given by content hash, so an album keeps a photo that is moved or renamed.
 * Names are unique regardless of case; a refused change throws with a message to show as it is.
 */
public interface PhotoAlbums {

    List<AlbumSummary> list();

    void create(String name);

    void rename(String name, String newName);

    /** Deletes the album, never its photos. */
    void delete(String name);

    /** @return how many of the photos were new to the album */
    int add(String name, Collection<String> contentHashes);

    /** @return how many of the photos were in the album */
    int remove(String name, Collection<String> contentHashes);
}
