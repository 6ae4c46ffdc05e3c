package dev.fovea.search.query.place;

import java.util.List;

/**
 * A place the library knows by name: folders named after it and/or a map area where its photos were taken.
 * A query "beach in Lisbon" keeps photos in any of the folders or inside the area.
 *
 * @param area null when the place is only known as a folder name
 */
public record KnownPlace(String name, List<String> folders, GeoBox area) {

    public KnownPlace {
        folders = List.copyOf(folders);
        if (folders.isEmpty() && area == null) {
            throw new IllegalArgumentException("A known place needs folders or an area: " + name);
        }
    }
}
