package dev.fovea.app.desktop.backend;

/**
 * Where the library's geotagged photos were taken, for the map: parallel arrays, one entry per photo.
 */
public record PhotoLocations(double[] latitudes, double[] longitudes) {
    public static final PhotoLocations NONE = new PhotoLocations(new double[0], new double[0]);

    public PhotoLocations {
        if (latitudes.length != longitudes.length) {
            throw new IllegalArgumentException("one latitude per longitude");
        }
    }

    public int size() {
        return latitudes.length;
    }
}
