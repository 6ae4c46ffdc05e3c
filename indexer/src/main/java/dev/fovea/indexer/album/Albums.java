package dev.fovea.indexer.album;

import dev.fovea.indexer.catalog.AlbumRow;
import dev.fovea.indexer.catalog.AlbumTable;
import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.search.FoveaException;
import dev.fovea.search.query.album.Category;
import dev.fovea.search.query.album.SavedFilters;
import dev.fovea.search.query.album.SavedSearch;
import dev.fovea.search.query.album.ZeroShotCategories;
import dev.fovea.search.query.filter.SearchFilters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The albums a user makes, kept in the catalog in the user's order: albums made by hand and saved searches. Photos
 * are held by content hash: an album keeps a photo through moves, renames and indexing again, and a copy of a photo
 * in another folder is in the same albums. A saved search holds no photos: its photos are what it finds.
 */
public final class Albums {
    /** Long enough for any title a person types, short enough to fit a sidebar and a terminal line. */
    static final int LONGEST_NAME = 120;

    /**
     * The smart albums' names, which Fovea lists beside the user's: an album of the same name would hide one. Read
     * when an album is first named, not when the library opens: parsing them loads a JSON parser the first page does
     * not need.
     */
    private static final class CategoryNames {
        static final List<String> ALL = ZeroShotCategories.builtIn().stream()
                .filter(Category::album)
                .flatMap(category -> Stream.of(category.id(), category.label()))
                .toList();
    }

    private final Catalog catalog;

    public Albums(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Every album in the user's order, with how many of its photos are in the library and a cover. */
    public List<AlbumRow> list() {
        return catalog.read(AlbumTable::all);
    }

    public Optional<AlbumRow> find(String name) {
        return catalog.read(connection -> AlbumTable.byName(connection, name.strip()));
    }

    /** The album of that name, or a message saying how to list the albums there are. */
    public AlbumRow get(String name) {
        return find(name).orElseThrow(() -> missing(name));
    }

    public AlbumRow create(String name) {
        String clean = checkedName(name);
        return catalog.write(connection -> {
            refuseTaken(AlbumTable.byName(connection, clean), clean, -1);
            long id = AlbumTable.insert(connection, clean, null, null, System.currentTimeMillis());
            return new AlbumRow(id, clean, 0, null, null, null);
        });
    }

    /**
     * Saves a search as an album. The text is kept as typed, so dates like "last summer" stay relative; saving again
     * under a saved search's name replaces it in its place.
     */
    public AlbumRow saveSearch(String name, String text, SearchFilters filters) {
        String clean = checkedName(name);
        String query = text == null ? "" : text.strip();
        String json = SavedFilters.toJson(filters);
        if (query.isEmpty() && filters.isEmpty()) {
            throw new FoveaException("There is nothing to save: type a search or choose filters first.");
        }
        return catalog.write(connection -> {
            Optional<AlbumRow> existing = AlbumTable.byName(connection, clean);
            if (existing.isEmpty()) {
                long id = AlbumTable.insert(connection, clean, query, json, System.currentTimeMillis());
                return new AlbumRow(id, clean, 0, null, query, json);
            }
            AlbumRow album = existing.get();
            if (!album.savedSearch()) {
                refuseTaken(existing, clean, -1);
            }
            AlbumTable.updateSearch(connection, album.id(), query, json);
            return new AlbumRow(album.id(), album.name(), 0, null, query, json);
        });
    }

    /** The saved search an album row stands for. */
    public static SavedSearch savedSearch(AlbumRow album) {
        if (!album.savedSearch()) {
            throw new IllegalArgumentException(album.name() + " is not a saved search");
        }
        return new SavedSearch(album.name(), album.query(), SavedFilters.fromJson(album.name(), album.filters()));
    }

    /** Moves an album to {@code position} (1 is the top) in the user's order; a position past the end is the end. */
    public List<AlbumRow> move(String name, int position) {
        return catalog.write(connection -> {
            AlbumRow album = AlbumTable.byName(connection, name.strip()).orElseThrow(() -> missing(name));
            List<Long> order = new ArrayList<>(
                    AlbumTable.all(connection).stream().map(AlbumRow::id).toList());
            order.remove(Long.valueOf(album.id()));
            order.add(Math.clamp(position - 1L, 0, order.size()), album.id());
            AlbumTable.reorder(connection, order);
            return AlbumTable.all(connection);
        });
    }

    public AlbumRow rename(String name, String newName) {
        String clean = checkedName(newName);
        return catalog.write(connection -> {
            AlbumRow album = AlbumTable.byName(connection, name.strip()).orElseThrow(() -> missing(name));
            refuseTaken(AlbumTable.byName(connection, clean), clean, album.id());
            AlbumTable.rename(connection, album.id(), clean);
            return new AlbumRow(album.id(), clean, album.photos(), album.coverHash(), album.query(), album.filters());
        });
    }

    /** Deletes the album; its photos stay in the library and in other albums. */
    public void delete(String name) {
        catalog.write(connection -> {
            AlbumRow album = AlbumTable.byName(connection, name.strip()).orElseThrow(() -> missing(name));
            AlbumTable.delete(connection, album.id());
            return null;
        });
    }

    /** Adds photos by content hash; returns how many were new to the album. */
    public int add(String name, Collection<String> contentHashes) {
        List<String> hashes = checkedHashes(contentHashes);
        return catalog.write(connection -> {
            AlbumRow album =
                    handMade(AlbumTable.byName(connection, name.strip()).orElseThrow(() -> missing(name)));
            return AlbumTable.add(connection, album.id(), hashes, System.currentTimeMillis());
        });
    }

    /** Takes photos out of the album by content hash; returns how many were in it. */
    public int remove(String name, Collection<String> contentHashes) {
        List<String> hashes = checkedHashes(contentHashes);
        return catalog.write(connection -> {
            AlbumRow album =
                    handMade(AlbumTable.byName(connection, name.strip()).orElseThrow(() -> missing(name)));
            return AlbumTable.remove(connection, album.id(), hashes);
        });
    }

    /** The album's photos that are in the library now, in the order they were added. */
    public List<PhotoRow> photos(String name) {
        AlbumRow album = get(name);
        return catalog.read(connection -> AlbumTable.photos(connection, album.id()));
    }

    /** The content hashes of the album's photos, for filtering a search to the album. */
    public List<String> contentHashes(String name) {
        AlbumRow album = get(name);
        return catalog.read(connection -> AlbumTable.hashes(connection, album.id()));
    }

    private static AlbumRow handMade(AlbumRow album) {
        if (album.savedSearch()) {
            throw new FoveaException(
                    "'" + album.name() + "' is a saved search: its photos are the ones it finds,"
                            + " so photos cannot be put in or taken out by hand. Make an album for that: fovea album create NAME");
        }
        return album;
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\p{Cntrl}", " ");
        if (clean.isEmpty()) {
            throw new FoveaException("An album needs a name, e.g. \"Holidays 2024\".");
        }
        if (clean.length() > LONGEST_NAME) {
            throw new FoveaException("An album name can be at most " + LONGEST_NAME + " characters; this one has "
                    + clean.length() + ". Choose a shorter name.");
        }
        for (String category : CategoryNames.ALL) {
            if (category.equalsIgnoreCase(clean)) {
                throw new FoveaException("'" + clean + "' is the name of an album Fovea makes by itself from what the"
                        + " photos show. Choose another name.");
            }
        }
        return clean;
    }

    private static void refuseTaken(Optional<AlbumRow> existing, String name, long except) {
        if (existing.isPresent() && existing.get().id() != except) {
            throw new FoveaException("There is already an album called '"
                    + existing.get().name() + "'. Choose another name for '" + name + "'.");
        }
    }

    private static List<String> checkedHashes(Collection<String> contentHashes) {
        return contentHashes.stream().map(Objects::requireNonNull).distinct().toList();
    }

    private static FoveaException missing(String name) {
        return new FoveaException("There is no album called '" + name.strip() + "'. 'fovea albums' lists the albums.");
    }
}
