package dev.fovea.search.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReverseGeocoderTest {
    private final ReverseGeocoder geocoder = ReverseGeocoder.bundled();

    @ParameterizedTest(name = "{0},{1} is {2}, {4}")
    @CsvSource(
            delimiter = ';',
            value = {
                "38.7223; -9.1393; Lisbon; Lisbon; PT",
                "35.0116; 135.7681; Kyoto; Kyoto; JP",
                "-33.8688; 151.2093; Sydney; New South Wales; AU",
                "-23.5505; -46.6333; São Paulo; São Paulo; BR",
                "-1.2921; 36.8219; Nairobi; Nairobi County; KE",
                "48.1372; 11.5755; Munich; Bavaria; DE",
                "40.7128; -74.0060; New York City; New York; US",
                "64.1466; -21.9426; Reykjavík; Capital Region; IS",
            })
    void findsTheCityOnEveryContinentAndBothHemispheres(
            double latitude, double longitude, String city, String region, String country) {
        Place place = geocoder.placeOf(latitude, longitude).orElseThrow();

        assertThat(place.city()).isEqualTo(city);
        assertThat(place.region()).isEqualTo(region);
        assertThat(place.countryCode()).isEqualTo(country);
    }

    @Test
    void nearABorderEachSideKeepsItsCountry() {
        // Valença (Portugal) and Tui (Spain) face each other across the Minho, about 2 km apart.
        assertThat(geocoder.placeOf(42.0300, -8.6420).orElseThrow().countryCode())
                .isEqualTo("PT");
        assertThat(geocoder.placeOf(42.0470, -8.6440).orElseThrow().countryCode())
                .isEqualTo("ES");
    }

    @Test
    void farFromAnyCityOnlyTheCountryIsNamed() {
        // The middle of the Algerian Sahara: no place of 1000 people within 25 km.
        Place place = geocoder.placeOf(24.5, 4.5).orElseThrow();

        assertThat(place.city()).isNull();
        assertThat(place.countryCode()).isEqualTo("DZ");
        assertThat(place.label()).isEqualTo("Algeria");
    }

    @Test
    void theOpenSeaNullIslandAndImpossibleCoordinatesHaveNoPlace() {
        assertThat(geocoder.placeOf(30.0, -40.0)).isEmpty();
        assertThat(geocoder.placeOf(0.0, 0.0)).isEmpty();
        assertThat(geocoder.placeOf(91.0, 10.0)).isEmpty();
        assertThat(geocoder.placeOf(10.0, 181.0)).isEmpty();
        assertThat(geocoder.placeOf(Double.NaN, 10.0)).isEmpty();
        assertThat(geocoder.placeOf(null, 10.0)).isEmpty();
    }

    @Test
    void placesAnswerToTheirOtherNamesAndToTheCountryInPortuguese() {
        Place lisbon = geocoder.placeOf(38.7223, -9.1393).orElseThrow();
        Place munich = geocoder.placeOf(48.1372, 11.5755).orElseThrow();

        assertThat(geocoder.namesOf(lisbon)).contains("Lisbon", "Lisboa", "Portugal");
        assertThat(geocoder.namesOf(munich)).contains("Munich", "Munchen", "Germany", "Alemanha");
    }
}
