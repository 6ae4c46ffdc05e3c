package dev.fovea.app.desktop.home;

import dev.fovea.app.desktop.backend.AlbumSummary;
import dev.fovea.app.desktop.backend.PhotoAlbums;
import dev.fovea.indexer.album.Albums;
import java.util.Collection;
import java.util.List;

/** The desktop's albums over the library's catalog, where the CLI's are too. */
final class HomeAlbums implements PhotoAlbums {
    private final Albums albums;

    HomeAlbums(Albums albums) {
        this.albums = albums;
    }

    @Override
    public List<AlbumSummary> list() {
        return albums.list().stream()
                .map(album -> new AlbumSummary(album.name(), album.photos(), album.coverHash()))
                .toList();
    }

    @Override
    public void create(String name) {
        albums.create(name);
    }

    @Override
    public void rename(String name, String newName) {
        albums.rename(name, newName);
    }

    @Override
    public void delete(String name) {
        albums.delete(name);
    }

    @Override
    public int add(String name, Collection<String> contentHashes) {
        return albums.add(name, contentHashes);
    }

    @Override
    public int remove(String name, Collection<String> contentHashes) {
        return albums.remove(name, contentHashes);
    }
}
