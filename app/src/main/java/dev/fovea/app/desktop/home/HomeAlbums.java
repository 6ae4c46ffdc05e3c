package dev.fovea.app.desktop.home;

import dev.fovea.app.album.ListedAlbum;
import dev.fovea.app.desktop.backend.AlbumSummary;
import dev.fovea.app.desktop.backend.PhotoAlbums;
import dev.fovea.app.desktop.backend.TypedSearch;
import dev.fovea.indexer.album.Albums;
import java.util.Collection;
import java.util.List;

/**
 * The desktop's albums over the library's catalog, where the CLI's are too; saved searches and categories are
 * counted by searching, so the list follows the library.
 */
final class HomeAlbums implements PhotoAlbums {
    private final Albums albums;
    private final HomeSearch search;

    HomeAlbums(Albums albums, HomeSearch search) {
        this.albums = albums;
        this.search = search;
    }

    @Override
    public List<AlbumSummary> list() {
        return search.withAlbums(
                all -> all.list().stream().map(HomeAlbums::summary).toList());
    }

    private static AlbumSummary summary(ListedAlbum album) {
        AlbumSummary.Kind kind = switch (album.kind()) {
            case ALBUM -> AlbumSummary.Kind.ALBUM;
            case SEARCH -> AlbumSummary.Kind.SEARCH;
            case CATEGORY -> AlbumSummary.Kind.CATEGORY;
        };
        return new AlbumSummary(album.name(), kind, album.photos(), album.coverHash(), album.query());
    }

    @Override
    public void create(String name) {
        albums.create(name);
    }

    /** The album filter is saved as the album's photos now: a search saved inside an album keeps to those. */
    @Override
    public void saveSearch(String name, TypedSearch typed) {
        search.withAlbums(
                all -> albums.saveSearch(name, typed.query(), SearchTranslation.filters(typed.filters(), all)));
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
    public void move(String name, int position) {
        albums.move(name, position);
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
