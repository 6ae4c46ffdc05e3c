package dev.fovea.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownPlacesTest {
    @Test
    void foldersOfTheSameNameAreOnePlace() {
        KnownPlaces places = KnownPlaces.fromFolders(List.of(Path.of("/p/2019/Lisbon"), Path.of("/p/2023/lisbon"), Path.of("/p/São Paulo")));
        KnownPlace lisbon = places.find("LISBON").orElseThrow();
        assertThat(lisbon.folders()).containsExactly("/p/2019/Lisbon", "/p/2023/lisbon");
        assertThat(places.find("sao  paulo")).map(KnownPlace::folders).contains(List.of("/p/São Paulo"));
        assertThat(places.find("Porto")).isEmpty();
    }
}
