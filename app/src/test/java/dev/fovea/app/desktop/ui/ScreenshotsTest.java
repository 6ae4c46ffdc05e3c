package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.IndexingProgress;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.app.desktop.fakes.FakeLibrary;
import dev.fovea.app.desktop.settings.DateGrouping;
import dev.fovea.app.desktop.settings.ThemeMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Writes PNGs of the main states to app/target/screenshots, for people to look at. */
class ScreenshotsTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.indexed(600, work);
    }

    @Test
    void mainStates() throws Exception {
        awaitMain();
        await(() -> !grid().hits().isEmpty());
        settle();
        assertThat(shot("browse")).exists();

        clickOn(".search-field").write("blue +teal");
        awaitResultsFor("blue +teal");
        settle();
        moveTo(onFx(() -> grid().tileNode(2)));
        settle();
        assertThat(shot("results")).exists();

        clickOn(onFx(() -> grid().tileNode(1)));
        type(KeyCode.SPACE);
        await(() -> shell.main().viewer().root().getScene() != null);
        settle();
        assertThat(shot("preview")).exists();
        type(KeyCode.ESCAPE);

        clickOn(".search-field").eraseText(10).write("orange 2022");
        interact(() -> shell.context().settings().update(settings -> settings.withGrouping(DateGrouping.MONTH)));
        clickOn(".search-field").type(KeyCode.ENTER);
        clickOn("Filters");
        awaitResultsFor("orange 2022");
        settle();
        assertThat(shot("filters-and-chips")).exists();

        ((FakeLibrary) shell.context().backend().library()).publish(new IndexingProgress(IndexingProgress.State.INDEXING,
                4_812, 12_650, 14.2, Duration.ofMinutes(9), "/photos/Holidays/Lisbon/IMG_04812.jpg",
                Map.of("unsupported-format", 3L, "truncated", 1L)));
        clickOn("Folders & indexing");
        settle();
        assertThat(shot("library-indexing")).exists();

        interact(() -> shell.context().theme().use(ThemeMode.DARK));
        clickOn("Photos");
        settle();
        assertThat(shot("dark")).exists();
        interact(() -> shell.context().theme().use(ThemeMode.LIGHT));
    }

    private void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path shot(String name) {
        Path file = onFx(() -> Screenshots.save(stage.getScene(), name));
        assertThat(file).satisfies(path -> assertThat(Files.size(path)).isGreaterThan(10_000));
        return file;
    }
}
