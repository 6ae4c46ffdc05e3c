package dev.fovea.app.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.app.desktop.fakes.FakeModels;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.search.FoveaException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeOpeningTest {
    @TempDir
    Path work;

    @Test
    void handsOverTheOpenedBackendOfAnIndexedLibrary() throws Exception {
        DesktopBackend indexed = FakeBackend.indexed(20, work);

        HomeOpening.Opened opened = HomeOpening.start(home(), DesktopSettings.DEFAULTS, home -> indexed)
                .await();

        assertThat(opened.backend()).isSameAs(indexed);
        assertThat(opened.firstRun()).isFalse();
        assertThat(opened.folders()).isEmpty();
    }

    @Test
    void aLibraryWithoutFoldersOrModelIsAFirstRun() throws Exception {
        DesktopBackend fresh = FakeBackend.firstRun(20, 100, new FakeModels(0), work);

        HomeOpening.Opened opened = HomeOpening.start(home(), DesktopSettings.DEFAULTS, home -> fresh)
                .await();

        assertThat(opened.firstRun()).isTrue();
        assertThat(opened.folders()).isEmpty();
    }

    @Test
    void aFailureToOpenIsThrownAsItWas() {
        FoveaException refused = new FoveaException("The catalog is damaged.");

        HomeOpening opening = HomeOpening.start(home(), DesktopSettings.DEFAULTS, home -> {
            throw refused;
        });

        assertThatThrownBy(opening::await).isSameAs(refused);
    }

    private FoveaHome home() {
        return new FoveaHome(work.resolve("home"));
    }
}
