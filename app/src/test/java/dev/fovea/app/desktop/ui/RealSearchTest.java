package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.testing.ColourPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import org.junit.jupiter.api.Test;

/**
 * Searching with the real backends and the colour fixture model: the app opens on a library it has not
 * indexed yet, catches up in the background, and searches what it indexed.
 */
class RealSearchTest extends RealLibraryTest {

    private void awaitLibrary() {
        awaitMain();
        awaitIndexed();
        await(() -> shown(grid().hits()).size() == generated.size());
    }

    /** The photos a list of results shows, stacked near-duplicates included. */
    private static List<PhotoHit> shown(List<PhotoHit> hits) {
        return hits.stream()
                .flatMap(hit -> java.util.stream.Stream.concat(java.util.stream.Stream.of(hit), hit.stacked().stream()))
                .toList();
    }

    @Test
    void typingRedShowsTheRedPhotosFirst() {
        awaitLibrary();
        clickOn(".search-field").write("red");
        awaitResultsFor("red");
        List<PhotoHit> hits = onFx(() -> shown(grid().hits()));
        long red =
                generated.stream().filter(photo -> photo.colour().equals("red")).count();
        assertThat(hits).hasSizeGreaterThanOrEqualTo((int) red);
        assertThat(hits.subList(0, (int) red))
                .allSatisfy(hit -> assertThat(colour(hit)).isEqualTo("red"));
        assertThat(onFx(() -> grid().hits()))
                .allSatisfy(hit -> assertThat(hit.hasScore()).isTrue());
    }

    @Test
    void panelFiltersKeepOnlyWhatPassesAndTheirChipsUndoThem() {
        awaitLibrary();
        clickOn("Filters");
        await(() -> lookup(".filters-panel .combo-box")
                        .queryAs(ComboBox.class)
                        .getItems()
                        .size()
                > 1);
        @SuppressWarnings("unchecked")
        ComboBox<String> camera = lookup(".filters-panel .combo-box").nth(0).queryAs(ComboBox.class);
        assertThat(onFx(() -> camera.getItems())).containsExactly(null, "Canon EOS R6", "Google Pixel 7");
        interact(() -> camera.setValue("Canon EOS R6"));
        long canon = generated.stream()
                .filter(photo -> "Canon EOS R6".equals(photo.camera()))
                .count();
        await(() -> shown(grid().hits()).size() == canon);
        assertThat(onFx(() -> shown(grid().hits())))
                .allSatisfy(hit -> assertThat(generated(hit).camera()).isEqualTo("Canon EOS R6"));

        clickOn(lookup(".filters-panel .check-box").queryAs(CheckBox.class));
        long canonLocated = generated.stream()
                .filter(photo -> "Canon EOS R6".equals(photo.camera()) && photo.located())
                .count();
        await(() -> shown(grid().hits()).size() == canonLocated);
        assertThat(onFx(() -> shown(grid().hits())))
                .allSatisfy(hit -> assertThat(generated(hit).located()).isTrue());
        assertThat(lookup(".chip-filter").queryAll()).hasSize(2);

        clickOn(lookup(".chip-filter .chip-remove").nth(0).queryButton());
        await(() -> lookup(".chip-filter").queryAll().size() == 1);
        long located = generated.stream().filter(ColourPhotos.Photo::located).count();
        await(() -> shown(grid().hits()).size() == located);

        clickOn("Clear all");
        await(() -> shell.main().search().session().filtersProperty().get().equals(PanelFilters.NONE)
                && shown(grid().hits()).size() == generated.size());
    }

    @Test
    void aYearInTheQueryBecomesAFilterThatCanBeUndone() {
        awaitLibrary();
        clickOn(".search-field").write("red 2022");
        awaitResultsFor("red 2022");
        assertThat(lookup(".chip-parsed .chip-label").queryAs(Label.class).getText())
                .startsWith("“2022”");
        List<PhotoHit> hits = onFx(() -> shown(grid().hits()));
        assertThat(hits)
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(generated(hit).taken().getYear()).isEqualTo(2022));
        assertThat(colour(hits.getFirst())).isEqualTo("red");

        clickOn(".chip-parsed .chip-remove");
        await(() -> lookup(".chip-parsed").tryQuery().isEmpty()
                && !shell.main().search().session().busyProperty().get());
        await(() -> shown(grid().hits()).stream()
                .anyMatch(hit ->
                        generated(hit).taken() == null || generated(hit).taken().getYear() != 2022));
    }

    @Test
    void findSimilarPutsThePhotoItselfFirst() {
        awaitLibrary();
        PhotoHit chosen = onFx(() -> grid().hits().get(5));
        doubleClickOn(onFx(() -> grid().tileNode(5)));
        await(() -> shell.main().viewer().root().getScene() != null);
        clickOn("Find similar");
        await(() -> lookup(".chip-similar").tryQuery().isPresent()
                && !grid().hits().isEmpty()
                && grid().hits().getFirst().hasScore());
        assertThat(onFx(() -> grid().hits().getFirst().photoId())).isEqualTo(chosen.photoId());
        assertThat(onFx(() -> grid().hits()))
                .extracting(PhotoHit::score)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void droppingAGreenPictureFindsTheGreenPhotosFirst() throws Exception {
        awaitLibrary();
        Path picture = ColourPhotos.picture(work.resolve("dropped/green.png"), "green");
        Node target = onFx(() -> grid());
        assertThat(onFx(() ->
                        DropEvents.drag(target, DragEvent.DRAG_OVER, picture).isAccepted()))
                .isTrue();
        onFx(() -> DropEvents.drag(target, DragEvent.DRAG_DROPPED, picture));

        await(() -> lookup(".chip-similar").tryQuery().isPresent()
                && !grid().hits().isEmpty()
                && grid().hits().getFirst().hasScore());
        List<PhotoHit> hits = onFx(() -> shown(grid().hits()));
        long green = generated.stream()
                .filter(photo -> photo.colour().equals("green"))
                .count();
        assertThat(hits.subList(0, (int) green))
                .allSatisfy(hit -> assertThat(colour(hit)).isEqualTo("green"));
    }

    @Test
    void aFileThatIsNotAPictureIsRefused() throws Exception {
        awaitMain();
        Path notes = Files.writeString(work.resolve("notes.txt"), "not a picture");
        Node target = onFx(() -> grid());
        assertThat(onFx(() ->
                        DropEvents.drag(target, DragEvent.DRAG_OVER, notes).isAccepted()))
                .isFalse();
    }
}
