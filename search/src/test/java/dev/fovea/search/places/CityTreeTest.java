package dev.fovea.search.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CityTreeTest {

    @Test
    void findsWhatComparingEveryCityFinds() {
        Random random = new Random(18);
        int n = 5000;
        float[] lats = new float[n];
        float[] lons = new float[n];
        for (int i = 0; i < n; i++) {
            lats[i] = (float) Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
            lons[i] = (float) (360 * random.nextDouble() - 180);
        }
        CityTree tree = new CityTree(lats, lons);

        for (int q = 0; q < 2000; q++) {
            double lat = 180 * random.nextDouble() - 90;
            double lon = 360 * random.nextDouble() - 180;
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (GreatCircle.km(lat, lon, lats[i], lons[i]) < GreatCircle.km(lat, lon, lats[best], lons[best])) {
                    best = i;
                }
            }
            CityTree.Nearest nearest = tree.nearest(lat, lon);
            assertThat(nearest.km()).isCloseTo(GreatCircle.km(lat, lon, lats[best], lons[best]), within());
        }
    }

    @Test
    void theAntimeridianAndThePolesAreNoEdge() {
        CityTree tree = new CityTree(new float[] {-16.8f, 0f, 89.9f}, new float[] {179.95f, 0f, 0f});

        assertThat(tree.nearest(-16.8, -179.95).city()).isZero();
        assertThat(tree.nearest(-16.8, -179.95).km()).isLessThan(11);
        assertThat(tree.nearest(89.9, 180).city()).isEqualTo(2);
        assertThat(tree.nearest(89.9, 180).km()).isLessThan(23);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
