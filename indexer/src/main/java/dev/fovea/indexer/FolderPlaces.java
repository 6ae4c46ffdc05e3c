package dev.fovea.indexer;

import dev.fovea.indexer.scan.LibraryRoot;
import dev.fovea.search.query.place.KnownPlace;
import dev.fovea.search.query.place.KnownPlaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The places a library knows from its folder names, for queries like "beach in Lisbon": every folder below
 * a root is a place by its name, and also by its name without the dates people put around it
 * ("2023-07 Lisbon" and "Lisbon 2019" are both "Lisbon").
 */
final class FolderPlaces {
    /** Leading and trailing runs of digits and date punctuation; one character class, so no backtracking blow-up. */
    private static final Pattern DATE_WORDS = Pattern.compile("^[\\d._\\-\\s]+|[\\d._\\-\\s]+$");

    private FolderPlaces() {}

    static KnownPlaces of(List<LibraryRoot> roots, List<Path> photoFolders) {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path folder : photoFolders) {
            roots.stream()
                    .filter(root -> folder.startsWith(root.path()))
                    .findFirst()
                    .ifPresent(root -> {
                        for (Path at = folder; at != null && !at.equals(root.path()); at = at.getParent()) {
                            folders.add(at);
                        }
                    });
        }
        List<KnownPlace> places = new ArrayList<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString().strip();
            String undated = DATE_WORDS.matcher(name).replaceAll("").strip();
            places.add(new KnownPlace(name, List.of(folder.toString()), null));
            if (!undated.isEmpty() && !undated.equals(name) && undated.chars().anyMatch(Character::isLetter)) {
                places.add(new KnownPlace(undated, List.of(folder.toString()), null));
            }
        }
        return KnownPlaces.of(places);
    }
}
