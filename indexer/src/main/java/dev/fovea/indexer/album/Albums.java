package dev.fovea.indexer.album;

import dev.fovea.indexer.catalog.AlbumRow;
import dev.fovea.indexer.catalog.AlbumTable;
import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.search.FoveaException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The albums a user makes by hand, kept in the catalog. Photos are held by content hash: an album keeps a photo
 * through moves, renames and indexing again, and a copy of a photo in another folder is in the same albums.
 */
public final class Albums {
    /** Long enough for any title a person types, short enough to fit a sidebar and a terminal line. */
    static final int LONGEST_NAME = 120;

    private final Catalog catalog;

    public Albums(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Every album by name, with how many of its photos are in the library and a cover. */
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
            long id = AlbumTable.insert(connection, clean, System.currentTimeMillis());
            return new AlbumRow(id, clean, 0, null);
        });
    }

    public AlbumRow rename(String name, String newName) {
        String clean = checkedName(newName);
        return catalog.write(connection -> {
            AlbumRow album = AlbumTable.byName(connection, name.strip()).orElseThrow(() -> missing(name));
            refuseTaken(AlbumTable.byName(connection, clean), clean, album.id());
            AlbumTable.rename(connection, album.id(), clean);
            return new AlbumRow(album.id(), clean, album.photos(), album.coverHash());
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
            AlbumRow album = AlbumTable.byName(connection, name.strip()).orElseThrow(() -> missing(name));
            return AlbumTable.add(connection, album.id(), hashes, System.currentTimeMillis());
        });
    }

    /** Takes photos out of the album by content hash; returns how many were in it. */
    public int remove(String name, Collection<String> contentHashes) {
        List<String> hashes = checkedHashes(contentHashes);
        return catalog.write(connection -> {
            AlbumRow album = AlbumTable.byName(connection, name.strip()).orElseThrow(() -> missing(name));
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

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\p{Cntrl}", " ");
        if (clean.isEmpty()) {
            throw new FoveaException("An album needs a name, e.g. \"Holidays 2024\".");
        }
        if (clean.length() > LONGEST_NAME) {
            throw new FoveaException("An album name can be at most " + LONGEST_NAME + " characters; this one has "
                    + clean.length() + ". Choose a shorter name.");
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
