package dev.fovea.app.desktop.ui;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.fakes.FakeLibrary;
import dev.fovea.app.desktop.fakes.FakePhoto;
import dev.fovea.app.desktop.grid.PhotoGrid;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.shell.DesktopShell;
import dev.fovea.app.desktop.shell.HomeOpening;
import dev.fovea.indexer.FoveaHome;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real desktop shell on a TestFX stage over an in-memory backend, with the operating system's
 * pickers and programs replaced by scripted ones.
 */
@Tag("ui")
@ExtendWith(DisplayCondition.class)
abstract class ShellTest extends ApplicationTest {
    @TempDir
    Path work;

    protected final RecordingSystemActions system = new RecordingSystemActions();
    protected final ScriptedChoosers choosers = new ScriptedChoosers();
    protected DesktopShell shell;
    protected Stage stage;

    protected abstract DesktopBackend backend(Path work);

    protected DesktopSettings settings() {
        return DesktopSettings.DEFAULTS;
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        FoveaHome home = new FoveaHome(work.resolve("home"));
        shell = new DesktopShell(stage, home, settings(), executor -> system, choosers, Locale.ENGLISH);
        shell.start(Optional.empty(), HomeOpening.start(home, settings(), opened -> backend(work)));
        stage.setWidth(1280);
        stage.setHeight(820);
    }

    /** Polls a condition on the FX thread until it holds; generous, as CI machines can be slow and busy. */
    protected static void await(Callable<Boolean> onFxThread) {
        try {
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(onFxThread).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met within 20 s", e);
        }
    }

    protected static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The generated photo behind a result (tests run over the in-memory library). */
    protected FakePhoto photo(PhotoHit hit) {
        return ((FakeLibrary) shell.context().backend().library())
                .photos().stream()
                        .filter(photo -> photo.id() == hit.photoId())
                        .findFirst()
                        .orElseThrow();
    }

    protected PhotoGrid grid() {
        return shell.main().search().grid();
    }

    protected void awaitMain() {
        await(() -> shell.main() != null);
    }

    /**
     * Until the grid shows the library after the catch-up indexing run that opening starts: that run's end
     * refreshes the grid, which would recycle the tiles under a click.
     */
    protected void awaitSettledGrid() {
        await(() -> shell.context() != null
                && shell.context().indexing().property().get().state() == IndexingStatus.State.FINISHED
                && !shell.main().search().session().busyProperty().get()
                && !grid().hits().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Until every tile on screen shows its thumbnail (there is at least one), not the placeholder. */
    protected void awaitThumbnailsOnScreen() {
        PseudoClass loaded = PseudoClass.getPseudoClass("loaded");
        await(() -> {
            List<Node> tiles = IntStream.range(0, grid().hits().size())
                    .mapToObj(grid()::tileNode)
                    .filter(Objects::nonNull)
                    .toList();
            return !tiles.isEmpty()
                    && tiles.stream()
                            .allMatch(tile -> tile.getPseudoClassStates().contains(loaded));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Until the grid shows the answer to exactly {@code query} (not an earlier state of the typing). */
    protected void awaitResultsFor(String query) {
        await(() -> shell.main().search().session().answerProperty().get() != null
                && shell.main().search().session().answerProperty().get().query()
                        instanceof dev.fovea.app.desktop.search.SearchState.TextQuery text
                && text.request().query().equals(query.strip())
                && !shell.main().search().session().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
