package dev.fovea.search.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Natural Earth's outlines of Chukotka and Wrangel Island run across the antimeridian; read as they are, they
 * made a band around the globe between 65° and 71° north that was Russia (the Norwegian Sea, Greenland's
 * coast, Alaska twice) while Chukotka itself was nowhere.
 */
class CountryShapesTest {
    private static final CountryShapes SHAPES = CountryShapes.load();

    @ParameterizedTest(name = "{0},{1} is in {2}")
    @CsvSource({
        "66.0, -174.0, RU", // Chukotka, west of the antimeridian
        "65.5, 175.0, RU", // Chukotka, east of it
        "71.2, -179.5, RU", // Wrangel Island
        "68.0, -150.0, US", // the Alaskan North Slope, once and not also Russia
    })
    void landAcrossTheAntimeridianBelongsToItsCountry(double latitude, double longitude, String country) {
        assertThat(SHAPES.countryAt(latitude, longitude)).contains(country);
    }

    @ParameterizedTest(name = "{0},{1} is at sea")
    @CsvSource({"67.0, 5.0", "66.5, -30.0"})
    void theSeaAtTheSameLatitudesIsNoCountry(double latitude, double longitude) {
        assertThat(SHAPES.countryAt(latitude, longitude)).isEmpty();
    }

    @ParameterizedTest(name = "{0},{1} is in {2}")
    @CsvSource({"-80.0, 0.0, AQ", "-85.0, 179.9, AQ", "-85.0, -179.9, AQ"})
    void antarcticaGoingAroundThePoleIsStillWhole(double latitude, double longitude, String country) {
        assertThat(SHAPES.countryAt(latitude, longitude)).contains(country);
    }
}
