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
     * @param east above 180 for an outline across the antimeridian, whose western part is kept east of 180°
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

    private static final class Bundled {
        static final CountryShapes INSTANCE = load();
    }

    /** The outlines shipped with Fovea, read once (about a second): the map needs them without the cities. */
    public static CountryShapes bundled() {
        return Bundled.INSTANCE;
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
        List<double[]> points = new ArrayList<>(cells.length + 4);
        int x = 0;
        int y = 0;
        for (String cell : cells) {
            int comma = cell.indexOf(',');
            x += Integer.parseInt(cell, 0, comma, 10);
            y += Integer.parseInt(cell, comma + 1, cell.length(), 10);
            points.add(new double[] {x / 1000.0, y / 1000.0});
        }
        joinAcrossAntimeridian(points);
        double[] lons = new double[points.size()];
        double[] lats = new double[points.size()];
        double south = 90;
        double north = -90;
        double west = 180;
        double east = -180;
        for (int i = 0; i < lons.length; i++) {
            lons[i] = points.get(i)[0];
            lats[i] = points.get(i)[1];
            south = Math.min(south, lats[i]);
            north = Math.max(north, lats[i]);
            west = Math.min(west, lons[i]);
            east = Math.max(east, lons[i]);
        }
        return new Ring(line.substring(0, tab), lons, lats, south, west, north, east);
    }

    /**
     * Natural Earth cuts no outline at the antimeridian: Chukotka, Wrangel Island and Fiji run from 179.9° to
     * -180° and back, and Antarctica's coast jumps from 179.6° to -180° once. Read as they are, the jumps are
     * edges across the whole globe (a band of "Russia" from 65° to 71° north; no Antarctica south of 84°).
     * A ring crossing twice is moved east of 180° instead (longitudes up to 360°), so it is one shape; a ring
     * crossing once goes around a pole, and is closed through it.
     */
    private static void joinAcrossAntimeridian(List<double[]> points) {
        List<Integer> crossings = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            if (Math.abs(points.get(i)[0] - points.get(i - 1)[0]) > 180) {
                crossings.add(i);
            }
        }
        if (crossings.size() == 1) {
            int at = crossings.getFirst();
            double[] before = points.get(at - 1);
            double[] after = points.get(at);
            double pole = before[1] < 0 ? -90 : 90;
            double fromEdge = Math.signum(before[0]) * 180;
            double toEdge = Math.signum(after[0]) * 180;
            points.addAll(at, List.of(new double[] {fromEdge, before[1]}, new double[] {fromEdge, pole}, new double[] {
                toEdge, pole
            }));
        } else if (crossings.size() > 1 && crossings.size() % 2 == 0) {
            for (double[] point : points) {
                if (point[0] < 0) {
                    point[0] += 360;
                }
            }
        }
    }

    /** Every outline, for drawing. Outlines across the antimeridian reach east of 180° (see {@link Ring#east()}). */
    public List<Ring> rings() {
        return rings;
    }

    /** The country whose land holds the point (an odd number of its outlines surround it); empty at sea. */
    public Optional<String> countryAt(double latitude, double longitude) {
        Map<String, Integer> surrounding = new LinkedHashMap<>();
        for (Ring ring : rings) {
            if (ring.contains(latitude, longitude) || ring.contains(latitude, longitude + 360)) {
                surrounding.merge(ring.countryCode(), 1, Integer::sum);
            }
        }
        return surrounding.entrySet().stream()
                .filter(entry -> entry.getValue() % 2 == 1 && !entry.getKey().equals("-"))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
