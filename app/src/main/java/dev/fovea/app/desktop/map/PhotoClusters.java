package dev.fovea.app.desktop.map;

import dev.fovea.app.desktop.backend.MapArea;
import dev.fovea.app.desktop.backend.PhotoLocations;
import java.util.ArrayList;
import java.util.List;

/**
 * Photos grouped for drawing: the view is cut into square cells and the photos of each cell make one cluster,
 * drawn at their mean position with their count. One pass over the photos, no allocation per photo, so a
 * library of 100,000 geotagged photos clusters within a frame.
 */
public final class PhotoClusters {
    static final double CELL = 56;

    private PhotoClusters() {}

    /**
     * @param x, y where the cluster is drawn (the mean of its photos)
     * @param area the smallest map area holding all its photos: opening the cluster searches it
     */
    public record Cluster(double x, double y, int photos, MapArea area) {}

    static List<Cluster> of(PhotoLocations locations, MapViewport view) {
        int columns = (int) Math.ceil(view.width() / CELL);
        int rows = (int) Math.ceil(view.height() / CELL);
        int cells = columns * rows;
        int[] counts = new int[cells];
        double[] sumX = new double[cells];
        double[] sumY = new double[cells];
        double[] south = new double[cells];
        double[] west = new double[cells];
        double[] north = new double[cells];
        double[] east = new double[cells];
        double[] latitudes = locations.latitudes();
        double[] longitudes = locations.longitudes();
        for (int i = 0; i < latitudes.length; i++) {
            double x = view.x(longitudes[i]);
            double y = view.y(latitudes[i]);
            if (x < 0 || y < 0 || x >= view.width() || y >= view.height()) {
                continue;
            }
            int cell = ((int) (y / CELL)) * columns + ((int) (x / CELL));
            if (counts[cell]++ == 0) {
                south[cell] = north[cell] = latitudes[i];
                west[cell] = east[cell] = longitudes[i];
            } else {
                south[cell] = Math.min(south[cell], latitudes[i]);
                north[cell] = Math.max(north[cell], latitudes[i]);
                west[cell] = Math.min(west[cell], longitudes[i]);
                east[cell] = Math.max(east[cell], longitudes[i]);
            }
            sumX[cell] += x;
            sumY[cell] += y;
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int cell = 0; cell < cells; cell++) {
            int count = counts[cell];
            if (count > 0) {
                clusters.add(new Cluster(
                        sumX[cell] / count,
                        sumY[cell] / count,
                        count,
                        new MapArea(south[cell], west[cell], north[cell], east[cell])));
            }
        }
        return clusters;
    }
}
