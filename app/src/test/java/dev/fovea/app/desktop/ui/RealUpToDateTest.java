package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.testing.TestData;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A library indexed before the app opens (by the command line, or an earlier session): the app's catch-up run finds
 * nothing to do, and the sidebar says nothing about indexing, rather than "All photos indexed" over "No photos".
 */
class RealUpToDateTest extends RealLibraryTest {

    @Override
    protected void prepare(FoveaHome home) throws IOException {
        ModelResolver.store(home).importFrom(TestData.fixtureModel());
        indexWithoutInstallingTheModel(home);
    }

    @Test
    void aRunWithNothingToDoLeavesTheSidebarQuiet() {
        awaitIndexed();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> shell.context().indexing().property().get()))
                .extracting(IndexingStatus::total)
                .isEqualTo(0L);
        assertThat(onFx(() -> lookup(".indexing-status").query().isVisible())).isFalse();
        assertThat(onFx(() -> shell.context().backend().library().status().indexed()))
                .isEqualTo((long) generated.size());
    }
}
