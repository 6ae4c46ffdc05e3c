package dev.fovea.app.desktop.backend;

/**
 * A place the filter panel offers: a country, or a city within one, with how many photos were taken there.
 *
 * @param name what the filter matches, as the search box would read it ("Kyoto", "Japan")
 * @param country whether it is a country (the panel indents its cities below it)
 */
public record PlaceChoice(String name, boolean country, long photos) {}
