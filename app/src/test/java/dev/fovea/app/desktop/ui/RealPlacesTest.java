package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.map.WorldMap;
import dev.fovea.app.desktop.testing.ColourPhotos;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * Places in the app over the real backends: the colour photos with GPS (near Lisbon) are found by "in Lisbon"
 * and "Portugal", and the map page clusters them; opening a cluster shows exactly them on the photos page.
 */
class RealPlacesTest extends RealLibraryTest {

    @Override
    protected int photoCount() {
        return 6;
    }

    private long located() {
        return generated.stream().filter(ColourPhotos.Photo::located).count();
    }

    private List<ColourPhotos.Photo> shownPhotos() {
        return onFx(() -> grid().hits()).stream()
                .flatMap(hit -> java.util.stream.Stream.concat(java.util.stream.Stream.of(hit), hit.stacked().stream()))
                .map(PhotoHit::path)
                .map(path -> ColourPhotos.find(generated, path).orElseThrow())
                .toList();
    }

    @Test
    void inLisbonKeepsThePhotosTakenThereWithItsChip() throws Exception {
        awaitMain();
        awaitIndexed();
        clickOn(".search-field").write("in Lisbon");
        awaitResultsFor("in Lisbon");
        await(() -> !grid().hits().isEmpty());

        assertThat(shownPhotos())
                .hasSize((int) located())
                .allSatisfy(photo -> assertThat(photo.located()).isTrue());
        assertThat(lookup(".chip-parsed .chip-label").queryAs(Label.class).getText())
                .contains("in Lisbon");
        onFx(() -> Screenshots.save(stage.getScene(), "places-search-in-lisbon"));
    }

    @Test
    void theMapClustersTheLibraryAndAClusterOpensItsPhotos() throws Exception {
        awaitMain();
        awaitIndexed();
        clickOn("Map");
        WorldMap map = lookup(".world-map").queryAs(WorldMap.class);
        await(() -> map.showsCountries()
                && map.clusters().stream().mapToInt(cluster -> cluster.photos()).sum() == located());
        onFx(() -> Screenshots.save(stage.getScene(), "places-map-world"));

        var cluster = onFx(() -> map.clusters().getFirst());
        clickOn(onFx(() -> map.localToScreen(cluster.x(), cluster.y())));

        await(() -> !grid().hits().isEmpty()
                && !shell.main().search().session().busyProperty().get());
        assertThat(shownPhotos())
                .hasSize(cluster.photos())
                .allSatisfy(photo -> assertThat(photo.located()).isTrue());
        assertThat(lookup(".chip-filter .chip-label").queryAs(Label.class).getText())
                .isEqualTo("Map area");
        onFx(() -> Screenshots.save(stage.getScene(), "places-map-cluster-opened"));
    }
}
