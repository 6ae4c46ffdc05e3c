package dev.fovea.search.query.place;

import dev.fovea.search.FoveaException;

/**
 * A map rectangle in degrees. {@code west > east} is a box across the antimeridian (e.g. Fiji: 170 to -178).
 */
public record GeoBox(double south, double west, double north, double east) {

    public GeoBox {
        check(south >= -90 && south <= 90 && north >= -90 && north <= 90, "latitudes must lie between -90 and 90");
        check(west >= -180 && west <= 180 && east >= -180 && east <= 180, "longitudes must lie between -180 and 180");
        check(south <= north, "south (" + south + ") must not be north of north (" + north + ")");
    }

    /** Parses {@code S,W,N,E}, as in {@code --bbox 38.6,-9.3,38.8,-9.0}. */
    public static GeoBox parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new FoveaException(
                    "Bad map box '" + text + "': give south,west,north,east in degrees, e.g. 38.6,-9.3,38.8,-9.0.");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new FoveaException(
                        "Bad map box '" + text + "': '" + parts[i].strip() + "' is not a number of degrees.");
            }
        }
        try {
            return new GeoBox(values[0], values[1], values[2], values[3]);
        } catch (IllegalArgumentException e) {
            throw new FoveaException("Bad map box '" + text + "': " + e.getMessage() + ".");
        }
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
