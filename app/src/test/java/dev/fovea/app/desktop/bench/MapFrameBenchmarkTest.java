package dev.fovea.app.desktop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PhotoLocations;
import dev.fovea.app.desktop.map.PhotoClusters;
import dev.fovea.app.desktop.map.WorldMap;
import dev.fovea.app.desktop.ui.DisplayCondition;
import dev.fovea.app.desktop.ui.Screenshots;
import dev.fovea.search.places.ReverseGeocoder;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map page's frame time with 100,000 geotagged photos: each frame redraws the outlines, clusters every
 * photo and draws the clusters, then is rendered (a snapshot waits for the pixels). The baseline is the same
 * frames with no photos, measured in the same run. Run with
 * {@code ./mvnw -pl app -am test -Dtest=MapFrameBenchmarkTest -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@ExtendWith(DisplayCondition.class)
class MapFrameBenchmarkTest extends ApplicationTest {
    private static final int PHOTOS = 100_000;
    private static final int FRAMES = 60;

    private WorldMap map;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        map = new WorldMap(ReverseGeocoder.bundled().shapes().rings());
        stage.setScene(new Scene(new StackPane(map), 1280, 800));
        stage.show();
    }

    /** Photos around a few hundred places, as a travelled library is: dense cities, a thin spread elsewhere. */
    private static PhotoLocations library() {
        Random random = new Random(18);
        double[] latitudes = new double[PHOTOS];
        double[] longitudes = new double[PHOTOS];
        double[][] places = new double[300][];
        for (int p = 0; p < places.length; p++) {
            places[p] = new double[] {random.nextDouble() * 120 - 55, random.nextDouble() * 360 - 180};
        }
        for (int i = 0; i < PHOTOS; i++) {
            double[] place = places[(int) Math.abs(random.nextGaussian() * 60) % places.length];
            latitudes[i] = Math.clamp(place[0] + random.nextGaussian() * 0.2, -89, 89);
            longitudes[i] = Math.clamp(place[1] + random.nextGaussian() * 0.2, -179.9, 179.9);
        }
        return new PhotoLocations(latitudes, longitudes);
    }

    private double millisPerFrame() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    long start = System.nanoTime();
                    for (int frame = 0; frame < FRAMES; frame++) {
                        // Zoom in over the first half, out over the second, panning a little each frame.
                        map.zoom(frame < FRAMES / 2 ? 1.15 : 1 / 1.15);
                        map.snapshot(null, null);
                    }
                    return (System.nanoTime() - start) / 1e6 / FRAMES;
                })
                .get(5, TimeUnit.MINUTES);
    }

    @Test
    void frameTimeWith100000Photos() throws Exception {
        millisPerFrame(); // warm-up: the first frames pay for compiling the drawing code
        double empty = millisPerFrame();
        PhotoLocations library = library();
        WaitForAsyncUtils.asyncFx(() -> map.setLocations(library)).get(1, TimeUnit.MINUTES);
        double full = millisPerFrame();
        double again = millisPerFrame();

        int clustered = WaitForAsyncUtils.asyncFx(() -> map.clusters().stream()
                        .mapToInt(PhotoClusters.Cluster::photos)
                        .sum())
                .get(1, TimeUnit.MINUTES);
        assertThat(clustered).as("at world zoom every photo is in a cluster").isEqualTo(PHOTOS);
        System.out.printf(
                Locale.ROOT,
                "map frame, %d photos: %.1f ms (again %.1f ms); outlines only: %.1f ms; ratio %.2f%n",
                PHOTOS,
                full,
                again,
                empty,
                Math.min(full, again) / empty);
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), "places-map-100k"))
                .get(1, TimeUnit.MINUTES);
    }
}
