package dev.fovea.indexer.catalog;

import dev.fovea.search.places.Place;
import dev.fovea.search.places.ReverseGeocoder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * SQL over {@code photo_places}: where each photo with coordinates was taken, in names. A row remembers the
 * coordinates it was named from, so a photo whose GPS changed is named again; a row with no country is a
 * photo taken at sea. Rows follow the photos (filled after each write, and once for a library catalogued
 * before places existed), never the embeddings: no photo is embedded again for its place.
 */
public final class PlaceTable {
    /** Changes when the bundled places data does, so existing libraries are named again from the new data. */
    public static final String DATA_KEY = "places_data";

    private static final int CHUNK = 500;

    private PlaceTable() {}

    /** A place and how many photos were taken there; {@code city} null counts photos known only by country. */
    public record PlaceCount(
            String countryCode, String country, String city, String region, long cityId, long photos) {}

    /**
     * Names the places of these photos where missing or stale; returns the photos whose place changed. The geocoder
     * is asked for only when a photo has coordinates to name: loading the bundled places takes seconds on a busy
     * machine, and a run's writer held its first commit for it even when no photo had GPS (a kill meanwhile lost
     * every photo encoded so far).
     */
    public static List<Long> fill(Connection connection, Supplier<ReverseGeocoder> geocoder, Collection<Long> photoIds)
            throws SQLException {
        List<Long> changed = new ArrayList<>();
        List<Long> ids = new ArrayList<>(photoIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT p.id, p.latitude, p.longitude, pl.latitude, pl.longitude, pl.photo_id IS NOT NULL"
                            + " FROM photos p LEFT JOIN photo_places pl ON pl.photo_id = p.id WHERE p.id IN (" + marks
                            + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                changed.addAll(update(connection, geocoder, select, false));
            }
        }
        return changed;
    }

    /** Names every photo's place anew, for a library catalogued before places existed or with older data. */
    public static List<Long> refillAll(Connection connection, ReverseGeocoder geocoder) throws SQLException {
        Supplier<ReverseGeocoder> given = () -> geocoder;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT p.id, p.latitude, p.longitude, pl.latitude, pl.longitude, pl.photo_id IS NOT NULL"
                        + " FROM photos p LEFT JOIN photo_places pl ON pl.photo_id = p.id"
                        + " WHERE p.latitude IS NOT NULL OR pl.photo_id IS NOT NULL")) {
            return update(connection, given, select, true);
        }
    }

    private static List<Long> update(
            Connection connection, Supplier<ReverseGeocoder> geocoder, PreparedStatement select, boolean always)
            throws SQLException {
        List<Long> changed = new ArrayList<>();
        try (ResultSet rows = select.executeQuery();
                PreparedStatement upsert = connection.prepareStatement("INSERT OR REPLACE INTO photo_places"
                        + " (photo_id, latitude, longitude, city_id, city, region, country, country_name)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement delete = connection.prepareStatement("DELETE FROM photo_places WHERE photo_id = ?")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                Double latitude = real(rows, 2);
                Double longitude = real(rows, 3);
                boolean named = rows.getBoolean(6);
                if (latitude == null || longitude == null) {
                    if (named) {
                        delete.setLong(1, id);
                        delete.executeUpdate();
                        changed.add(id);
                    }
                    continue;
                }
                if (!always && named && latitude.equals(real(rows, 4)) && longitude.equals(real(rows, 5))) {
                    continue;
                }
                Optional<Place> place = geocoder.get().placeOf(latitude, longitude);
                upsert.setLong(1, id);
                upsert.setDouble(2, latitude);
                upsert.setDouble(3, longitude);
                if (place.isPresent() && place.get().cityId() != 0) {
                    upsert.setLong(4, place.get().cityId());
                } else {
                    upsert.setNull(4, Types.INTEGER);
                }
                upsert.setString(5, place.map(Place::city).orElse(null));
                upsert.setString(6, place.map(Place::region).orElse(null));
                upsert.setString(7, place.map(Place::countryCode).orElse(null));
                upsert.setString(8, place.map(Place::country).orElse(null));
                upsert.executeUpdate();
                changed.add(id);
            }
        }
        return changed;
    }

    /** Every city (and every country for photos far from cities) with its number of photos, most photos first. */
    public static List<PlaceCount> counts(Connection connection) throws SQLException {
        List<PlaceCount> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT country, country_name, city, region, COALESCE(city_id, 0), COUNT(*) FROM photo_places"
                                + " WHERE country IS NOT NULL GROUP BY country, city_id ORDER BY COUNT(*) DESC, country, city");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.add(new PlaceCount(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getLong(5),
                        rows.getLong(6)));
            }
        }
        return counts;
    }

    /** The coordinates of every indexed photo that has them, as {latitudes, longitudes}. */
    public static double[][] locations(Connection connection) throws SQLException {
        List<double[]> points = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT latitude, longitude FROM photos"
                        + " WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND status = 'indexed'");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                points.add(new double[] {rows.getDouble(1), rows.getDouble(2)});
            }
        }
        double[][] columns = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            columns[0][i] = points.get(i)[0];
            columns[1][i] = points.get(i)[1];
        }
        return columns;
    }

    /** Reads a place from columns city_id, city, region, country, country_name starting at {@code first}. */
    public static Place place(ResultSet rows, int first) throws SQLException {
        String country = rows.getString(first + 3);
        return country == null
                ? null
                : new Place(
                        rows.getLong(first),
                        rows.getString(first + 1),
                        rows.getString(first + 2),
                        country,
                        rows.getString(first + 4));
    }

    private static Double real(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
