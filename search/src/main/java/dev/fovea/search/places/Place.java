package dev.fovea.search.places;

/**
 * Where a photo was taken, in names: the nearest city with its region and country, or only the country when
 * no city is near. GeoNames ids are stable across data releases, so {@code cityId} identifies the city for good.
 *
 * @param cityId the GeoNames id of the city; 0 when only the country is known
 * @param city null when no city is near enough
 * @param region the city's first-level division (state, province, district); null when unknown
 * @param countryCode ISO 3166-1 alpha-2, e.g. PT
 * @param country the country's English name
 */
public record Place(long cityId, String city, String region, String countryCode, String country) {

    /** "Lisbon, Portugal", or "Portugal" when no city is known. */
    public String label() {
        return city == null ? country : city + ", " + country;
    }
}
