package dev.fovea.app.desktop.fakes;

import dev.fovea.app.desktop.backend.AlbumSummary;
import dev.fovea.app.desktop.backend.PhotoAlbums;
import dev.fovea.app.desktop.backend.TypedSearch;
import dev.fovea.search.FoveaException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Albums in memory, with the catalog's rules: names unique regardless of case, photos by content hash. */
public final class FakeAlbums implements PhotoAlbums {
    private final Map<String, Set<String>> albums = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();

    @Override
    public synchronized List<AlbumSummary> list() {
        List<AlbumSummary> list = new ArrayList<>();
        names.forEach((key, name) -> {
            List<String> hashes = new ArrayList<>(albums.get(key));
            list.add(new AlbumSummary(
                    name, AlbumSummary.Kind.ALBUM, hashes.size(), hashes.isEmpty() ? null : hashes.getLast(), null));
        });
        list.sort(Comparator.comparing(album -> album.name().toLowerCase(Locale.ROOT)));
        return list;
    }

    @Override
    public synchronized void create(String name) {
        String key = key(name);
        if (names.containsKey(key)) {
            throw new FoveaException("There is already an album called '" + names.get(key) + "'.");
        }
        names.put(key, name.strip());
        albums.put(key, new LinkedHashSet<>());
    }

    @Override
    public synchronized void rename(String name, String newName) {
        Set<String> hashes = existing(name);
        albums.remove(key(name));
        names.remove(key(name));
        names.put(key(newName), newName.strip());
        albums.put(key(newName), hashes);
    }

    /** Saved searches need the real search's parser; RealAlbumsTest covers them on the real backends. */
    @Override
    public void saveSearch(String name, TypedSearch search) {
        throw new UnsupportedOperationException("The fake backend has no saved searches");
    }

    /** The fake lists albums by name; RealAlbumsTest covers the user's order on the real backends. */
    @Override
    public void move(String name, int position) {
        throw new UnsupportedOperationException("The fake backend keeps albums by name");
    }

    @Override
    public synchronized void delete(String name) {
        existing(name);
        albums.remove(key(name));
        names.remove(key(name));
    }

    @Override
    public synchronized int add(String name, Collection<String> contentHashes) {
        Set<String> hashes = existing(name);
        int before = hashes.size();
        hashes.addAll(contentHashes);
        return hashes.size() - before;
    }

    @Override
    public synchronized int remove(String name, Collection<String> contentHashes) {
        Set<String> hashes = existing(name);
        int before = hashes.size();
        hashes.removeAll(contentHashes);
        return before - hashes.size();
    }

    /** The album's content hashes, for the fake search's album filter. */
    synchronized Set<String> contentHashes(String name) {
        return Set.copyOf(existing(name));
    }

    private Set<String> existing(String name) {
        Set<String> hashes = albums.get(key(name));
        if (hashes == null) {
            throw new FoveaException("There is no album called '" + name + "'.");
        }
        return hashes;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
