package dev.fovea.indexer;

import dev.fovea.indexer.catalog.PlaceTable.PlaceCount;
import dev.fovea.search.index.FolderPaths;
import dev.fovea.search.places.Place;
import dev.fovea.search.places.ReverseGeocoder;
import dev.fovea.search.query.place.GeoBox;
import dev.fovea.search.query.place.KnownPlace;
import java.util.ArrayList;
import java.util.List;

/**
 * The places a library knows from where its photos were taken: each city by every name it has (Lisbon,
 * Lisboa), its region, and its country in English and Portuguese. "near" a city means within
 * {@link ReverseGeocoder#CITY_KM} of its centre, so "near Porto" also keeps photos from Gaia across the river.
 */
final class PhotoPlaces {
    private static final double KM_PER_DEGREE = 111.2;

    private PhotoPlaces() {}

    static List<KnownPlace> of(List<PlaceCount> counts, ReverseGeocoder geocoder) {
        List<KnownPlace> places = new ArrayList<>();
        for (PlaceCount count : counts) {
            Place place = new Place(count.cityId(), count.city(), count.region(), count.countryCode(), count.country());
            GeoBox surroundings = geocoder.centreOf(count.cityId())
                    .map(centre -> around(centre[0], centre[1], ReverseGeocoder.CITY_KM))
                    .orElse(null);
            for (String name : geocoder.cityNames(place)) {
                places.add(new KnownPlace(name, List.of(), null, List.of(FolderPaths.fold(name)), surroundings, false));
            }
            if (count.region() != null) {
                places.add(named(count.region(), false));
            }
            for (String name : geocoder.countryNames(count.countryCode())) {
                places.add(named(name, true));
            }
        }
        return places;
    }

    private static KnownPlace named(String name, boolean country) {
        return new KnownPlace(name, List.of(), null, List.of(FolderPaths.fold(name)), null, country);
    }

    static GeoBox around(double latitude, double longitude, double km) {
        double dLat = km / KM_PER_DEGREE;
        double dLon = Math.min(180, dLat / Math.max(0.01, Math.cos(Math.toRadians(latitude))));
        double west = wrap(longitude - dLon);
        double east = wrap(longitude + dLon);
        if (dLon >= 180) {
            west = -180;
            east = 180;
        }
        return new GeoBox(Math.max(-90, latitude - dLat), west, Math.min(90, latitude + dLat), east);
    }

    private static double wrap(double longitude) {
        return longitude < -180 ? longitude + 360 : longitude > 180 ? longitude - 360 : longitude;
    }
}
