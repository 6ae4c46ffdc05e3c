package dev.fovea.app.desktop.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.indexer.pipeline.IndexingProgress.Phase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The indexer's progress as the app shows it. */
class HomeIndexingTest {

    private static dev.fovea.indexer.pipeline.IndexingProgress run(Phase phase, long etaSeconds, boolean paused) {
        return new dev.fovea.indexer.pipeline.IndexingProgress(
                phase, 120, 100, 40, Map.of("truncated", 2L), 12.5, etaSeconds, Path.of("/photos/a.jpg"), paused);
    }

    @Test
    void aRunningRunShowsItsCountsRateTimeLeftAndFile() {
        IndexingStatus shown = HomeIndexing.translate(run(Phase.INDEXING, 90, false));
        assertThat(shown.state()).isEqualTo(IndexingStatus.State.INDEXING);
        assertThat(shown.done()).isEqualTo(40);
        assertThat(shown.total()).isEqualTo(100);
        assertThat(shown.photosPerSecond()).isEqualTo(12.5);
        assertThat(shown.eta()).isEqualTo(Duration.ofSeconds(90));
        assertThat(shown.currentFile()).isEqualTo("/photos/a.jpg");
        assertThat(shown.skippedByReason()).containsEntry("truncated", 2L);
    }

    @Test
    void scanningAndPausedRunsTellNoTimeLeft() {
        assertThat(HomeIndexing.translate(run(Phase.SCANNING, 90, false))).satisfies(shown -> {
            assertThat(shown.state()).isEqualTo(IndexingStatus.State.SCANNING);
            assertThat(shown.eta()).isNull();
        });
        assertThat(HomeIndexing.translate(run(Phase.INDEXING, 90, true))).satisfies(shown -> {
            assertThat(shown.state()).isEqualTo(IndexingStatus.State.PAUSED);
            assertThat(shown.eta()).isNull();
        });
        assertThat(HomeIndexing.translate(run(Phase.INDEXING, -1, false)).eta()).isNull();
    }

    @Test
    void everyWayARunEndsIsFinishedWithNoCurrentFile() {
        for (Phase end : new Phase[] {Phase.DONE, Phase.CANCELLED, Phase.FAILED}) {
            IndexingStatus shown = HomeIndexing.translate(run(end, 0, false));
            assertThat(shown.state()).as(end.name()).isEqualTo(IndexingStatus.State.FINISHED);
            assertThat(shown.currentFile()).isNull();
            assertThat(shown.running()).isFalse();
        }
        assertThat(HomeIndexing.translate(run(Phase.FINISHING, 5, false)).state())
                .isEqualTo(IndexingStatus.State.INDEXING);
    }
}
