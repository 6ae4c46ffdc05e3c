package dev.fovea.app.album;

import dev.fovea.indexer.album.Albums;
import dev.fovea.indexer.catalog.AlbumRow;
import dev.fovea.search.FoveaException;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.SearchHit;
import dev.fovea.search.query.SearchRequest;
import dev.fovea.search.query.album.Category;
import dev.fovea.search.query.album.SavedSearch;
import dev.fovea.search.query.album.SmartAlbums;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.query.parse.ParsedQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every album of a library, as the CLI and the desktop list and open them: the user's own (made by hand and saved
 * searches, in the user's order), then the zero-shot categories that have photos. A saved search's photos are what
 * it finds above the relevance cut now; a category's are the photos classified into it. Without a search (nothing
 * indexed yet, or no model to search with) only the user's albums are listed, a saved search with an unknown count.
 */
public final class LibraryAlbums {
    /** Most photos a saved search or a category holds: what a ranked search gathers at most. */
    static final int MOST_RANKED = SearchRequest.MAX_LIMIT;

    private final Albums albums;
    private final PhotoSearch search;
    private final SmartAlbums categories;

    /** {@code search} and {@code categories} are null when the library has no index yet. */
    public LibraryAlbums(Albums albums, PhotoSearch search, SmartAlbums categories) {
        this.albums = albums;
        this.search = search;
        this.categories = categories;
    }

    public List<ListedAlbum> list() {
        List<ListedAlbum> listed = new ArrayList<>();
        for (AlbumRow album : albums.list()) {
            if (album.savedSearch() && search == null) {
                listed.add(new ListedAlbum(album.name(), AlbumKind.SEARCH, ListedAlbum.UNKNOWN, null, album.query()));
            } else if (album.savedSearch()) {
                List<SearchHit> found = found(album);
                listed.add(new ListedAlbum(album.name(), AlbumKind.SEARCH, found.size(), cover(found), album.query()));
            } else {
                listed.add(new ListedAlbum(album.name(), AlbumKind.ALBUM, album.photos(), album.coverHash(), null));
            }
        }
        if (categories != null) {
            for (Category category : categories.albums()) {
                List<SearchHit> found = members(category);
                if (!found.isEmpty()) {
                    listed.add(new ListedAlbum(category.label(), AlbumKind.CATEGORY, found.size(), cover(found), null));
                }
            }
        }
        return listed;
    }

    /** The album's photos, best match first for a saved search or a category, in the order added for the others. */
    public List<AlbumPhoto> photos(String name) {
        Optional<AlbumRow> own = albums.find(name);
        if (own.isPresent() && !own.get().savedSearch()) {
            return albums.photos(own.get().name()).stream()
                    .map(photo -> new AlbumPhoto(photo.id(), photo.path(), photo.contentHash()))
                    .toList();
        }
        List<SearchHit> found = own.isPresent() ? found(own.get()) : members(category(name));
        return found.stream().map(LibraryAlbums::photo).toList();
    }

    /** The content hashes of the album's photos now, for a search inside it. */
    public List<String> contentHashes(String name) {
        Optional<AlbumRow> own = albums.find(name);
        if (own.isPresent() && !own.get().savedSearch()) {
            return albums.contentHashes(own.get().name());
        }
        List<SearchHit> found = own.isPresent() ? found(own.get()) : members(category(name));
        return found.stream().map(hit -> hit.photo().contentHash()).distinct().toList();
    }

    private List<SearchHit> found(AlbumRow album) {
        if (search == null) {
            throw new FoveaException("'" + album.name() + "' is a saved search: its photos are found by searching,"
                    + " which needs the library's index and its model. Index photos first, or install the model.");
        }
        SavedSearch saved = Albums.savedSearch(album);
        ParsedQuery parsed = search.parse(saved.text());
        // Words that only filter ("2019", "in Lisbon") list every photo they keep, as the search box does.
        int limit = parsed.filterOnly() ? SearchRequest.MAX_LISTED : MOST_RANKED;
        return search.search(parsed, saved.request().withLimit(limit)).relevant();
    }

    private List<SearchHit> members(Category category) {
        return categories.album(category.id(), SearchFilters.NONE, MOST_RANKED).relevant();
    }

    /** A category by its label or id, regardless of case. */
    private Category category(String name) {
        String wanted = name.strip();
        if (categories != null) {
            for (Category category : categories.albums()) {
                if (category.label().equalsIgnoreCase(wanted) || category.id().equalsIgnoreCase(wanted)) {
                    return category;
                }
            }
        }
        throw new FoveaException("There is no album called '" + wanted + "'. 'fovea albums' lists the albums"
                + (categories == null
                        ? "; albums Fovea makes from what photos show appear once photos are indexed."
                        : "."));
    }

    private static String cover(List<SearchHit> found) {
        return found.isEmpty() ? null : found.getFirst().photo().contentHash();
    }

    private static AlbumPhoto photo(SearchHit hit) {
        StoredPhoto photo = hit.photo();
        return new AlbumPhoto(photo.photoId(), Path.of(photo.path()), photo.contentHash());
    }
}
