package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.fakes.FakeBackend;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SimilarTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.indexed(200, work);
    }

    @Test
    void findSimilarShowsThePhotoItselfFirstAndItsChipReturnsToBrowsing() {
        awaitMain();
        awaitSettledGrid();
        PhotoHit chosen = onFx(() -> grid().hits().get(3));
        doubleClickOn(onFx(() -> grid().tileNode(3)));
        await(() -> shell.main().viewer().root().getScene() != null);
        clickOn("Find similar");
        await(() -> !grid().hits().isEmpty() && grid().hits().getFirst().hasScore());
        assertThat(onFx(() -> grid().hits().getFirst().photoId())).isEqualTo(chosen.photoId());
        assertThat(lookup(".chip-similar").tryQuery()).isPresent();
        assertThat(onFx(() -> grid().hits()))
                .extracting(PhotoHit::score)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        clickOn(".chip-similar .chip-remove");
        await(() -> lookup(".chip-similar").tryQuery().isEmpty()
                && grid().hits().stream().noneMatch(PhotoHit::hasScore));
    }

    @Test
    void rightClickOffersFindSimilarAndCopyForTheSelection() {
        awaitMain();
        awaitSettledGrid();
        PhotoHit chosen = onFx(() -> grid().hits().get(2));
        rightClickOn(onFx(() -> grid().tileNode(2)));
        clickOn("Copy");
        await(() -> !system.calls.isEmpty());
        assertThat(system.calls.getLast()).isEqualTo("copy [" + chosen.path() + "]");
        rightClickOn(onFx(() -> grid().tileNode(2)));
        clickOn("Find similar");
        await(() -> !grid().hits().isEmpty() && grid().hits().getFirst().hasScore());
        assertThat(onFx(() -> grid().hits().getFirst().photoId())).isEqualTo(chosen.photoId());
    }

    @Test
    void expandingAStackShowsItsNearDuplicatesRightAfterIt() {
        awaitMain();
        awaitSettledGrid();
        int stacked = onFx(() -> {
            for (int i = 0; i < grid().hits().size(); i++) {
                if (!grid().hits().get(i).stacked().isEmpty()) {
                    return i;
                }
            }
            throw new AssertionError("No stack among the results");
        });
        PhotoHit best = onFx(() -> grid().hits().get(stacked));
        int before = onFx(() -> grid().hits().size());
        interact(() -> grid().scrollToItem(stacked));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        clickOn(onFx(() -> grid().tileNode(stacked).lookup(".photo-tile-badge")));
        await(() -> grid().hits().size() == before + best.stacked().size());
        assertThat(onFx(() -> grid().hits().get(stacked + 1).photoId()))
                .isEqualTo(best.stacked().getFirst().photoId());
    }
}
