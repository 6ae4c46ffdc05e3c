package dev.fovea.app.desktop.map;

import dev.fovea.app.desktop.backend.MapArea;

/**
 * What part of the world the map shows: a plate carrée (longitude and latitude as x and y, as Natural Earth
 * draws it) centred on a point, at a scale in pixels per degree. Whole-world scale is the smallest.
 */
final class MapViewport {
    /** City streets: beyond this, GPS noise is all there is to see. */
    private static final double MAX_ZOOM = 1 << 14;

    private double width = 1;
    private double height = 1;
    private double centreLongitude;
    private double centreLatitude;
    private double zoom = 1;

    void resize(double newWidth, double newHeight) {
        width = Math.max(1, newWidth);
        height = Math.max(1, newHeight);
        clamp();
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    double scale() {
        return Math.min(width / 360, height / 180) * zoom;
    }

    double x(double longitude) {
        return width / 2 + (longitude - centreLongitude) * scale();
    }

    double y(double latitude) {
        return height / 2 - (latitude - centreLatitude) * scale();
    }

    double longitude(double x) {
        return centreLongitude + (x - width / 2) / scale();
    }

    double latitude(double y) {
        return centreLatitude - (y - height / 2) / scale();
    }

    /** Zooms by {@code factor} keeping the point under ({@code x}, {@code y}) where it is. */
    void zoom(double factor, double x, double y) {
        double longitude = longitude(x);
        double latitude = latitude(y);
        zoom = Math.clamp(zoom * factor, 1, MAX_ZOOM);
        centreLongitude += longitude - longitude(x);
        centreLatitude += latitude - latitude(y);
        clamp();
    }

    void pan(double dx, double dy) {
        centreLongitude -= dx / scale();
        centreLatitude += dy / scale();
        clamp();
    }

    /** Centres on a point at a zoom where a city fills the view. */
    void centreOn(double latitude, double longitude, double newZoom) {
        zoom = Math.clamp(newZoom, 1, MAX_ZOOM);
        centreLatitude = latitude;
        centreLongitude = longitude;
        clamp();
    }

    /** The map area between two points of the view, in either order. */
    MapArea area(double x1, double y1, double x2, double y2) {
        double west = Math.clamp(longitude(Math.min(x1, x2)), -180, 180);
        double east = Math.clamp(longitude(Math.max(x1, x2)), -180, 180);
        double north = Math.clamp(latitude(Math.min(y1, y2)), -90, 90);
        double south = Math.clamp(latitude(Math.max(y1, y2)), -90, 90);
        return new MapArea(south, west, north, east);
    }

    private void clamp() {
        double halfWidth = width / 2 / scale();
        double halfHeight = height / 2 / scale();
        centreLongitude = halfWidth >= 180 ? 0 : Math.clamp(centreLongitude, -180 + halfWidth, 180 - halfWidth);
        centreLatitude = halfHeight >= 90 ? 0 : Math.clamp(centreLatitude, -90 + halfHeight, 90 - halfHeight);
    }
}
