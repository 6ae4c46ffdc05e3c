package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.testing.ExifBuilder;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fovea places, --place and the "place" of JSON rows, on photos with GPS at known cities and the fixture model. */
class PlacesCommandTest {
    @TempDir
    Path temp;

    Path home;
    Path photos;
    String model;
    private final CliConsole cli = new CliConsole();

    @BeforeEach
    void library() throws Exception {
        home = temp.resolve("home");
        photos = temp.resolve("photos");
        model = TestData.fixtureModel().toString();
        photo("kyoto1.jpg", 35.0116, 135.7681, 1);
        photo("kyoto2.jpg", 35.0030, 135.7780, 2);
        photo("lisbon.jpg", 38.7223, -9.1393, 3);
        photo("sydney.jpg", -33.8688, 151.2093, 4);
        TestPhotos.jpeg(photos.resolve("DCIM/nogps.jpg"), 96, 64, 5);
        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "index", photos.toString()))
                .as(cli.err())
                .isZero();
    }

    private void photo(String name, double latitude, double longitude, long seed) throws Exception {
        TestPhotos.jpegWithExif(
                photos.resolve("DCIM").resolve(name), 96, 64, seed, new ExifBuilder().gps(latitude, longitude));
    }

    @Test
    void placesListsCountriesAndCitiesWithCounts() throws Exception {
        assertThat(cli.run("--home", home.toString(), "places", "--json"))
                .as(cli.err())
                .isZero();
        JsonNode countries = Json.mapper().readTree(cli.out());

        assertThat(countries).hasSize(3);
        assertThat(countries.get(0).get("country_code").asText()).isEqualTo("JP");
        assertThat(countries.get(0).get("photos").asLong()).isEqualTo(2);
        assertThat(countries.get(0).get("cities").get(0).get("city").asText()).isEqualTo("Kyoto");

        assertThat(cli.run("--home", home.toString(), "places")).isZero();
        assertThat(cli.out()).contains("Japan (JP)").contains("Kyoto").contains("Portugal (PT)");
    }

    @Test
    void searchRowsCarryThePlaceAndPlaceFilters() throws Exception {
        assertThat(cli.run(
                        "--home",
                        home.toString(),
                        "--model-dir",
                        model,
                        "search",
                        "--json",
                        "--place",
                        "Japan",
                        "photo"))
                .as(cli.err())
                .isZero();
        JsonNode rows = Json.mapper().readTree(cli.out());
        List<String> cities = new ArrayList<>();
        rows.forEach(row -> cities.add(row.get("place").get("city").asText()));
        assertThat(cities).containsExactlyInAnyOrder("Kyoto", "Kyoto");
        assertThat(rows.get(0).get("place").get("country").asText()).isEqualTo("Japan");

        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "search", "--json", "in Lisboa"))
                .as(cli.err())
                .isZero();
        JsonNode lisbon = Json.mapper().readTree(cli.out());
        assertThat(lisbon).hasSize(1);
        assertThat(lisbon.get(0).get("place").get("city").asText()).isEqualTo("Lisbon");
        assertThat(cli.err()).contains("Read \"in Lisboa\" as place").contains("\"in Lisboa\"");
    }

    @Test
    void anUnknownPlaceSaysWhereToLook() {
        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "search", "--place", "Atlantis", "sea"))
                .isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("'Atlantis'").contains("fovea places").doesNotContain("Exception");
    }
}
