package dev.fovea.search.query.place;

import java.util.List;

/**
 * A place the library knows by name: folders named after it, a map area, and/or the name of a city, region
 * or country its photos were taken in. A query "beach in Lisbon" keeps photos matching any of them.
 *
 * @param area null when the place is not a map area
 * @param placeNames folded names matched against the places photos were taken in (see {@code PhotoFields.PLACE_NAMES})
 * @param surroundings the area within a few km of the place, which "near Porto" means; null when unknown
 * @param country whether the place is a country, which a query may name without "in" ("Portugal beach")
 */
public record KnownPlace(
        String name, List<String> folders, GeoBox area, List<String> placeNames, GeoBox surroundings, boolean country) {

    public KnownPlace {
        folders = List.copyOf(folders);
        placeNames = List.copyOf(placeNames);
        if (folders.isEmpty() && area == null && placeNames.isEmpty()) {
            throw new IllegalArgumentException("A known place needs folders, an area or a place name: " + name);
        }
    }

    /** A place known by folders and/or a map area. */
    public KnownPlace(String name, List<String> folders, GeoBox area) {
        this(name, folders, area, List.of(), null, false);
    }

    /** What "near" this place keeps: its surroundings when known, else the place itself. */
    public KnownPlace near() {
        return surroundings == null ? this : new KnownPlace(name, List.of(), surroundings, List.of(), null, false);
    }
}
