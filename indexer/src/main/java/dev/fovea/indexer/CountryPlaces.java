package dev.fovea.indexer;

import dev.fovea.indexer.catalog.PlaceTable.PlaceCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A country the library's photos were taken in, with its cities.
 *
 * @param photos all photos in the country, including those far from any city
 * @param cities most photos first
 */
public record CountryPlaces(String countryCode, String country, long photos, List<PlaceCount> cities) {

    public CountryPlaces {
        cities = List.copyOf(cities);
    }

    /** Countries by most photos, each with its cities. */
    static List<CountryPlaces> of(List<PlaceCount> counts) {
        Map<String, List<PlaceCount>> grouped = new LinkedHashMap<>();
        for (PlaceCount count : counts) {
            grouped.computeIfAbsent(count.countryCode(), code -> new ArrayList<>())
                    .add(count);
        }
        List<CountryPlaces> countries = new ArrayList<>();
        for (List<PlaceCount> group : grouped.values()) {
            PlaceCount first = group.getFirst();
            countries.add(new CountryPlaces(
                    first.countryCode(),
                    first.country(),
                    group.stream().mapToLong(PlaceCount::photos).sum(),
                    group.stream().filter(count -> count.city() != null).toList()));
        }
        countries.sort(Comparator.comparingLong(CountryPlaces::photos).reversed());
        return countries;
    }
}
