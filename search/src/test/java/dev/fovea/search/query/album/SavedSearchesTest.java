package dev.fovea.search.query.album;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import dev.fovea.search.index.Orientation;
import dev.fovea.search.query.filter.DateRange;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.query.place.GeoBox;
import dev.fovea.search.query.place.KnownPlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedSearchesTest {
    @TempDir
    Path dir;

    @Test
    void savedSearchesSurviveARestartWithTheirFilters() {
        SearchFilters filters = SearchFilters.NONE
                .withTaken(new DateRange(1_600_000_000_000L, null, "since 2020"))
                .withCameras(List.of("pixel"))
                .withOrientation(Orientation.PORTRAIT)
                .withHasLocation(true)
                .withArea(new GeoBox(38.6, -9.3, 38.8, -9.0))
                .withPlaces(List.of(new KnownPlace("Lisbon", List.of("/p/Lisbon"), null)));
        Path file = dir.resolve("settings/saved-searches.json");
        new SavedSearches(file).save(new SavedSearch("Beach days", "beach last summer", filters));
        new SavedSearches(file).save(new SavedSearch("Cats", "cat", SearchFilters.NONE));
        new SavedSearches(file).save(new SavedSearch("Cats", "cats -dog", SearchFilters.NONE));

        List<SavedSearch> reread = new SavedSearches(file).all();
        assertThat(reread).extracting(SavedSearch::name).containsExactly("Beach days", "Cats");
        assertThat(reread.getFirst().filters()).isEqualTo(filters);
        assertThat(reread.get(1).request().text()).isEqualTo("cats -dog");

        new SavedSearches(file).remove("Beach days");
        assertThat(new SavedSearches(file).all()).extracting(SavedSearch::name).containsExactly("Cats");
    }

    @Test
    void aBrokenFileIsReportedNotSilentlyReplaced() throws Exception {
        Path file = Files.writeString(dir.resolve("saved.json"), "{ not json");
        assertThatThrownBy(() -> new SavedSearches(file).all())
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isEqualTo("{ not json");
    }
}
