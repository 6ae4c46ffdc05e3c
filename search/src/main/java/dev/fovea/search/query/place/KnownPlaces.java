package dev.fovea.search.query.place;

import dev.fovea.search.index.FolderPaths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places a library knows, for reading "in Lisbon" in a query as a filter. The indexer provides them
 * from its catalog (folder names, named locations); {@link #of} gives the usual name matching.
 */
@FunctionalInterface
public interface KnownPlaces {
    KnownPlaces NONE = name -> Optional.empty();

    /** The place called {@code typedName} as the user typed it (any case and accents), if the library knows one. */
    Optional<KnownPlace> find(String typedName);

    /** Places matched by name ignoring case, accents and repeated spaces; places of the same name are merged. */
    static KnownPlaces of(Collection<KnownPlace> places) {
        Map<String, KnownPlace> byName = new HashMap<>();
        for (KnownPlace place : places) {
            byName.merge(FolderPaths.fold(place.name()), place, KnownPlaces::merge);
        }
        return typed -> Optional.ofNullable(byName.get(FolderPaths.fold(typed)));
    }

    private static KnownPlace merge(KnownPlace a, KnownPlace b) {
        List<String> folders = new ArrayList<>(a.folders());
        b.folders().stream().filter(folder -> !folders.contains(folder)).forEach(folders::add);
        return new KnownPlace(a.name(), folders, a.area() != null ? a.area() : b.area());
    }
}
