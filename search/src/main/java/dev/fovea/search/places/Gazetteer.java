package dev.fovea.search.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The bundled GeoNames data (CC BY 4.0): every place of at least 1000 people with its region and country, and
 * the names people use for them (country names in English and Portuguese, other names of large cities).
 * Built by {@code tools/fovea_tools/places_data.py}.
 */
final class Gazetteer {
    private static final String RESOURCE = "cities.tsv.gz";

    final Map<String, Country> countries = new HashMap<>();
    final Map<String, String> regions = new HashMap<>();
    final Map<Long, Integer> cityById = new HashMap<>();
    long[] ids;
    float[] latitudes;
    float[] longitudes;
    String[] names;
    String[] countryCodes;
    String[] regionCodes;
    int[] populations;
    String[][] otherNames;

    record Country(String code, List<String> englishNames, List<String> portugueseNames) {
        String name() {
            return englishNames.isEmpty() ? code : englishNames.getFirst();
        }
    }

    private Gazetteer() {}

    static Gazetteer load() {
        try (InputStream raw = Objects.requireNonNull(
                        Gazetteer.class.getResourceAsStream(RESOURCE), RESOURCE + " is missing from the build");
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            Gazetteer gazetteer = new Gazetteer();
            gazetteer.read(lines);
            return gazetteer;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled places data", e);
        }
    }

    private void read(BufferedReader lines) throws IOException {
        String section = "";
        List<String[]> cities = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("#")) {
                section = line;
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (section) {
                case "#countries" -> countries.put(f[0], new Country(f[0], split(f[1]), split(f[2])));
                case "#regions" -> regions.put(f[0], f[1]);
                case "#cities" -> cities.add(f);
                default -> throw new IOException("Unexpected line outside a section: " + line);
            }
        }
        int n = cities.size();
        ids = new long[n];
        latitudes = new float[n];
        longitudes = new float[n];
        names = new String[n];
        countryCodes = new String[n];
        regionCodes = new String[n];
        populations = new int[n];
        otherNames = new String[n][];
        for (int i = 0; i < n; i++) {
            String[] f = cities.get(i);
            ids[i] = Long.parseLong(f[0]);
            latitudes[i] = Integer.parseInt(f[1]) / 1e5f;
            longitudes[i] = Integer.parseInt(f[2]) / 1e5f;
            names[i] = f[3];
            countryCodes[i] = f[4].intern();
            regionCodes[i] = f[5].intern();
            populations[i] = Integer.parseInt(f[6]);
            otherNames[i] = f[7].isEmpty() ? new String[0] : f[7].split("\\|");
            cityById.put(ids[i], i);
        }
    }

    private static List<String> split(String names) {
        return names.isEmpty() ? List.of() : Arrays.asList(names.split("\\|"));
    }

    String regionOf(int city) {
        return regions.get(countryCodes[city] + "." + regionCodes[city]);
    }

    String countryName(String code) {
        Country country = countries.get(code);
        return country == null ? code : country.name();
    }
}
