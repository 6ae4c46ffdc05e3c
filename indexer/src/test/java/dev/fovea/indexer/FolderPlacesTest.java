package dev.fovea.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.scan.LibraryRoot;
import dev.fovea.search.query.place.KnownPlaces;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FolderPlacesTest {
    private final Path root = Path.of("/photos");

    @Test
    void foldersBelowRootsArePlacesWithAndWithoutTheirDates() {
        KnownPlaces places = FolderPlaces.of(
                List.of(new LibraryRoot(1, root, List.of(), List.of())),
                List.of(
                        root.resolve("2023-07 Lisbon/day 1"),
                        root.resolve("Lisbon 2019"),
                        root.resolve("Porto"),
                        root));

        assertThat(places.find("lisbon"))
                .hasValueSatisfying(place -> assertThat(place.folders())
                        .containsExactlyInAnyOrder("/photos/2023-07 Lisbon", "/photos/Lisbon 2019"));
        assertThat(places.find("Porto"))
                .hasValueSatisfying(place -> assertThat(place.folders()).containsExactly("/photos/Porto"));
        assertThat(places.find("2023-07 Lisbon")).isPresent();
        assertThat(places.find("photos")).as("a root itself is not a place").isEmpty();
        assertThat(places.find("2023")).isEmpty();
    }

    @Test
    void longDigitRunsInNamesAreQuick() {
        String name = "1".repeat(5000) + "x";
        KnownPlaces places =
                FolderPlaces.of(List.of(new LibraryRoot(1, root, List.of(), List.of())), List.of(root.resolve(name)));
        assertThat(places.find(name)).isPresent();
    }
}
