package dev.fovea.search.query.album;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import dev.fovea.search.index.Orientation;
import dev.fovea.search.query.filter.DateRange;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.query.place.GeoBox;
import dev.fovea.search.query.place.KnownPlace;
import java.util.List;
import org.junit.jupiter.api.Test;

class SavedFiltersTest {

    @Test
    void everyKindOfFilterSurvivesTheRoundTrip() {
        SearchFilters filters = SearchFilters.NONE
                .withTaken(new DateRange(1_600_000_000_000L, null, "since 2020"))
                .withCameras(List.of("pixel"))
                .withOrientation(Orientation.PORTRAIT)
                .withHasLocation(true)
                .withArea(new GeoBox(38.6, -9.3, 38.8, -9.0))
                .withPlaces(List.of(new KnownPlace("Lisbon", List.of("/p/Lisbon"), null)))
                .withContentHashes(List.of("abc"));

        assertThat(SavedFilters.fromJson("Beach days", SavedFilters.toJson(filters)))
                .isEqualTo(filters);
        assertThat(SavedFilters.fromJson("Cats", SavedFilters.toJson(SearchFilters.NONE)))
                .isEqualTo(SearchFilters.NONE);
    }

    @Test
    void damagedFiltersAreReportedNotTakenForNone() {
        assertThatThrownBy(() -> SavedFilters.fromJson("Beach days", "{ not json"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("Beach days")
                .hasMessageContaining("save the search again");
    }
}
