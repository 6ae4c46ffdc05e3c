package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.preferences.DateGrouping;
import dev.fovea.app.desktop.preferences.ThemeMode;
import dev.fovea.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes PNGs of the main states of the app over the real backends to app/target/screenshots, for people to
 * look at: generated colour photos with the fixture model, and real camera photos when the shared corpora
 * are here. (The first-run screens come from {@link RealFirstRunTest}.)
 */
class ScreenshotsTest extends RealLibraryTest {

    /** Enough photos that the app is still catching up when the first screenshot is taken. */
    @Override
    protected int photoCount() {
        return 30;
    }

    @Test
    void mainStates() throws Exception {
        awaitMain();
        await(() -> shell.context().indexing().property().get().state() == IndexingStatus.State.INDEXING
                && shell.context().indexing().property().get().done() >= 20);
        // Search again now rather than at the grid's next refresh while indexing, which may come after the end.
        await(() -> {
            if (grid().hits().isEmpty()
                    && !shell.main().search().session().busyProperty().get()) {
                shell.main().search().session().askNow();
            }
            return !grid().hits().isEmpty();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        assertThat(shot("indexing")).exists();
        awaitIndexed();
        await(() -> grid().hits().size() >= generated.size() / 2);
        // Tiles shown before their thumbnails were written get them once they are, not placeholders.
        await(() -> !shell.main().search().session().busyProperty().get()
                && lookup(".photo-tile").queryAll().stream()
                        .filter(Node::isVisible)
                        .allMatch(tile -> tile.getPseudoClassStates().contains(PseudoClass.getPseudoClass("loaded"))));
        settle();
        assertThat(shot("browse")).exists();

        clickOn(".search-field").write("red");
        awaitResultsFor("red");
        settle();
        moveTo(onFx(() -> grid().tileNode(1)));
        settle();
        assertThat(shot("results")).exists();

        clickOn(onFx(() -> grid().tileNode(0)));
        type(KeyCode.SPACE);
        await(() -> shell.main().viewer().root().getScene() != null);
        settle();
        assertThat(shot("preview")).exists();
        type(KeyCode.ESCAPE);

        clickOn(".search-field").eraseText(3).write("blue 2022");
        interact(() -> shell.context().settings().update(settings -> settings.withGrouping(DateGrouping.MONTH)));
        clickOn(".search-field").type(KeyCode.ENTER);
        clickOn("Filters");
        awaitResultsFor("blue 2022");
        settle();
        assertThat(shot("filters-and-chips")).exists();

        clickOn("Folders & indexing");
        settle();
        assertThat(shot("library")).exists();

        interact(() -> shell.context().theme().use(ThemeMode.DARK));
        clickOn("Photos");
        clickOn(".search-field").eraseText(9).write("green");
        awaitResultsFor("green");
        settle();
        assertThat(shot("dark")).exists();
        interact(() -> shell.context().theme().use(ThemeMode.LIGHT));
    }

    /** Real photos added through the library page, shot while they are indexed, then browsed and previewed. */
    @Test
    void cameraPhotos() throws Exception {
        Path camera = TestData.shared("corpora/camera-photos");
        awaitMain();
        awaitIndexed();
        clickOn("Folders & indexing");
        choosers.answer(camera);
        clickOn("Add folder…");
        await(() -> shell.context().indexing().property().get().state() == IndexingStatus.State.INDEXING
                && shell.context().indexing().property().get().done() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shot("library-indexing")).exists();

        awaitIndexed();
        clickOn("Photos");
        clickOn("Filters");
        await(() -> lookup(".filters-panel .combo-box")
                        .nth(1)
                        .queryAs(javafx.scene.control.ComboBox.class)
                        .getItems()
                        .size()
                > 2);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Path> folder =
                lookup(".filters-panel .combo-box").nth(1).queryAs(javafx.scene.control.ComboBox.class);
        interact(() -> folder.setValue(camera));
        clickOn("Filters");
        await(() -> !grid().hits().isEmpty()
                && grid().hits().stream().allMatch(hit -> hit.path().startsWith(camera)));
        settle();
        assertThat(shot("camera-photos")).exists();

        doubleClickOn(onFx(() -> grid().tileNode(2)));
        await(() -> shell.main().viewer().root().getScene() != null);
        settle();
        assertThat(shot("camera-photos-preview")).exists();
        type(KeyCode.ESCAPE);

        interact(() -> shell.context().theme().use(ThemeMode.DARK));
        settle();
        assertThat(shot("camera-photos-dark")).exists();
        interact(() -> shell.context().theme().use(ThemeMode.LIGHT));
    }

    private void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path shot(String name) {
        Path file = onFx(() -> Screenshots.save(stage.getScene(), name));
        assertThat(file).satisfies(path -> assertThat(Files.size(path)).isGreaterThan(10_000));
        return file;
    }
}
