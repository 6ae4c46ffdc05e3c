package dev.fovea.search.places;

/**
 * Nearest-city search: a k-d tree over the cities' positions as points on the unit sphere. Working in 3-D
 * makes the antimeridian and the poles ordinary places, and the nearest point by straight-line distance is
 * the nearest by distance over the ground. The tree is implicit: the cities are reordered so that each
 * range's middle element splits it, and nothing else is stored.
 */
final class CityTree {
    private final float[] x;
    private final float[] y;
    private final float[] z;
    /** Tree position to city index. */
    private final int[] order;

    CityTree(float[] latitudes, float[] longitudes) {
        int n = latitudes.length;
        x = new float[n];
        y = new float[n];
        z = new float[n];
        order = new int[n];
        for (int i = 0; i < n; i++) {
            double lat = Math.toRadians(latitudes[i]);
            double lon = Math.toRadians(longitudes[i]);
            x[i] = (float) (Math.cos(lat) * Math.cos(lon));
            y[i] = (float) (Math.cos(lat) * Math.sin(lon));
            z[i] = (float) Math.sin(lat);
            order[i] = i;
        }
        build(0, n, 0);
    }

    /** The city nearest to the point, with its distance over the ground. */
    Nearest nearest(double latitude, double longitude) {
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        double[] point = {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
        Search search = new Search(point);
        search.visit(0, order.length, 0);
        return new Nearest(search.best, chordToKm(Math.sqrt(search.bestSquared)));
    }

    record Nearest(int city, double km) {}

    private static double chordToKm(double chord) {
        return 2 * Math.asin(Math.min(1, chord / 2)) * GreatCircle.EARTH_RADIUS_KM;
    }

    private float coordinate(int position, int axis) {
        int city = order[position];
        return axis == 0 ? x[city] : axis == 1 ? y[city] : z[city];
    }

    private void build(int from, int to, int axis) {
        if (to - from <= 1) {
            return;
        }
        int middle = (from + to) >>> 1;
        select(from, to - 1, middle, axis);
        build(from, middle, (axis + 1) % 3);
        build(middle + 1, to, (axis + 1) % 3);
    }

    /** Quickselect: puts the element of rank {@code k} at {@code k}, smaller before, larger after. */
    private void select(int left, int right, int k, int axis) {
        while (left < right) {
            float pivot = coordinate((left + right) >>> 1, axis);
            int i = left;
            int j = right;
            while (i <= j) {
                while (coordinate(i, axis) < pivot) {
                    i++;
                }
                while (coordinate(j, axis) > pivot) {
                    j--;
                }
                if (i <= j) {
                    int swap = order[i];
                    order[i] = order[j];
                    order[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    private final class Search {
        private final double[] point;
        private int best = -1;
        private double bestSquared = Double.MAX_VALUE;

        Search(double[] point) {
            this.point = point;
        }

        void visit(int from, int to, int axis) {
            if (from >= to) {
                return;
            }
            int middle = (from + to) >>> 1;
            int city = order[middle];
            double dx = x[city] - point[0];
            double dy = y[city] - point[1];
            double dz = z[city] - point[2];
            double squared = dx * dx + dy * dy + dz * dz;
            if (squared < bestSquared) {
                bestSquared = squared;
                best = city;
            }
            double offset = point[axis] - coordinate(middle, axis);
            int next = (axis + 1) % 3;
            if (offset < 0) {
                visit(from, middle, next);
                if (offset * offset < bestSquared) {
                    visit(middle + 1, to, next);
                }
            } else {
                visit(middle + 1, to, next);
                if (offset * offset < bestSquared) {
                    visit(from, middle, next);
                }
            }
        }
    }
}
