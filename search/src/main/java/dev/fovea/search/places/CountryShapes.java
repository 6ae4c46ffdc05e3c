package dev.fovea.search.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The countries' outlines from Natural Earth (1:50m, public domain): which country a point lies in when no
 * city is near, and the basemap the map page draws. Built by {@code tools/fovea_tools/places_data.py}.
 */
public final class CountryShapes {
    private static final String RESOURCE = "countries.tsv.gz";

    private final List<Ring> rings;

    private CountryShapes(List<Ring> rings) {
        this.rings = List.copyOf(rings);
    }

    /**
     * One closed outline, an island or a country's mainland or a hole (a lake, an enclave).
     *
     * @param countryCode ISO alpha-2, or "-" for areas without one (e.g. Northern Cyprus)
     */
    public record Ring(
            String countryCode,
            double[] longitudes,
            double[] latitudes,
            double south,
            double west,
            double north,
            double east) {

        boolean contains(double latitude, double longitude) {
            if (latitude < south || latitude > north || longitude < west || longitude > east) {
                return false;
            }
            boolean inside = false;
            for (int i = 0, j = longitudes.length - 1; i < longitudes.length; j = i++) {
                if ((latitudes[i] > latitude) != (latitudes[j] > latitude)
                        && longitude
                                < (longitudes[j] - longitudes[i])
                                                * (latitude - latitudes[i])
                                                / (latitudes[j] - latitudes[i])
                                        + longitudes[i]) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    static CountryShapes load() {
        try (InputStream raw = Objects.requireNonNull(
                        CountryShapes.class.getResourceAsStream(RESOURCE), RESOURCE + " is missing from the build");
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            List<Ring> rings = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                rings.add(ring(line));
            }
            return new CountryShapes(rings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled country outlines", e);
        }
    }

    private static Ring ring(String line) {
        int tab = line.indexOf('\t');
        String[] cells = line.substring(tab + 1).split(" ");
        double[] lons = new double[cells.length];
        double[] lats = new double[cells.length];
        int x = 0;
        int y = 0;
        double south = 90;
        double north = -90;
        double west = 180;
        double east = -180;
        for (int i = 0; i < cells.length; i++) {
            int comma = cells[i].indexOf(',');
            x += Integer.parseInt(cells[i], 0, comma, 10);
            y += Integer.parseInt(cells[i], comma + 1, cells[i].length(), 10);
            lons[i] = x / 1000.0;
            lats[i] = y / 1000.0;
            south = Math.min(south, lats[i]);
            north = Math.max(north, lats[i]);
            west = Math.min(west, lons[i]);
            east = Math.max(east, lons[i]);
        }
        return new Ring(line.substring(0, tab), lons, lats, south, west, north, east);
    }

    /** Every outline, for drawing. */
    public List<Ring> rings() {
        return rings;
    }

    /** The country whose land holds the point (an odd number of its outlines surround it); empty at sea. */
    public Optional<String> countryAt(double latitude, double longitude) {
        Map<String, Integer> surrounding = new LinkedHashMap<>();
        for (Ring ring : rings) {
            if (ring.contains(latitude, longitude)) {
                surrounding.merge(ring.countryCode(), 1, Integer::sum);
            }
        }
        return surrounding.entrySet().stream()
                .filter(entry -> entry.getValue() % 2 == 1 && !entry.getKey().equals("-"))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
