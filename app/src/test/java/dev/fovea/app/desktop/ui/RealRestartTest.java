package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.PhotoLibrary;
import dev.fovea.app.desktop.home.HomeBackends;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.shell.DesktopShell;
import dev.fovea.app.desktop.shell.HomeOpening;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.LibraryStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** Pausing, then closing the app mid-run stops indexing cleanly; opening it again indexes only the rest. */
class RealRestartTest extends RealLibraryTest {

    @Override
    protected int photoCount() {
        return 30;
    }

    /**
     * The fixture model embeds 30 photos faster than a click lands, so the test pauses from the indexing
     * thread's own progress event, where a person would press "Pause".
     */
    @Override
    protected void opened(DesktopBackend backend) {
        PhotoLibrary library = backend.library();
        AtomicBoolean pausedOnce = new AtomicBoolean();
        library.addIndexingListener(progress -> {
            if (progress.done() >= 10 && pausedOnce.compareAndSet(false, true)) {
                library.pauseIndexing();
            }
        });
    }

    @Test
    void closingMidRunStopsCleanlyAndAReopenedAppIndexesOnlyTheRest() {
        awaitMain();
        await(() -> shell.context().indexing().property().get().state() == IndexingStatus.State.PAUSED);

        interact(() -> stage.hide());
        LibraryStatus stopped;
        try (Library library = Library.open(home().root())) {
            stopped = library.counts();
            assertThat(library.verify().consistent()).isTrue();
        }
        assertThat(stopped.indexed()).isBetween(10L, generated.size() - 1L);

        DesktopShell[] reopened = new DesktopShell[1];
        interact(() -> {
            Stage second = new Stage();
            reopened[0] = new DesktopShell(
                    second, home(), DesktopSettings.DEFAULTS, executor -> system, choosers, Locale.ENGLISH);
            reopened[0].start(
                    Optional.empty(), HomeOpening.start(home(), DesktopSettings.DEFAULTS, HomeBackends::open));
            stage = second;
        });
        await(() -> reopened[0].context() != null
                && reopened[0].context().indexing().property().get().state() == IndexingStatus.State.FINISHED);
        IndexingStatus resumed =
                onFx(() -> reopened[0].context().indexing().property().get());
        assertThat(resumed.total()).isEqualTo(generated.size() - stopped.indexed());
        assertThat(onFx(() -> reopened[0].context().backend().library().status().indexed()))
                .isEqualTo(generated.size());
    }
}
