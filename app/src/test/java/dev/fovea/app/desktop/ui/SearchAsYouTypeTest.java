package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.app.desktop.fakes.FakeLibraryData;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class SearchAsYouTypeTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.indexed(300, work);
    }

    @Test
    void browsingShowsTheWholeLibraryNewestFirst() {
        awaitMain();
        await(() -> grid().hits().size() > 0);
        List<PhotoHit> hits = onFx(() -> grid().hits());
        // Bursts are stacked, so fewer tiles than photos; every photo is accounted for.
        assertThat(hits.stream().mapToInt(hit -> 1 + hit.stacked().size()).sum())
                .isEqualTo(300);
        assertThat(hits.stream()
                        .filter(hit -> hit.takenAt() != null)
                        .map(PhotoHit::takenAt)
                        .toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void typingAColourShowsPhotosOfThatColourWithoutPressingEnter() {
        awaitMain();
        await(() -> grid().hits().size() > 0);
        clickOn(".search-field").write("red");
        awaitResultsFor("red");
        List<PhotoHit> hits = onFx(() -> grid().hits());
        assertThat(hits).extracting(PhotoHit::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(hits.subList(0, Math.min(10, hits.size())))
                .allSatisfy(hit -> assertThat(colourOf(hit)).isEqualTo("red"));
        assertThat(lookup(".result-summary")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .contains("photos");
    }

    @Test
    void minusTermPushesAColourOutAndShowMoreRevealsWeakerMatches() {
        awaitMain();
        clickOn(".search-field").write("red yellow -red");
        awaitResultsFor("red yellow -red");
        List<PhotoHit> hits = onFx(() -> grid().hits());
        assertThat(hits.subList(0, Math.min(10, hits.size())))
                .allSatisfy(hit -> assertThat(colourOf(hit)).isNotEqualTo("red"));
        int before = onFx(() -> grid().hits().size());
        clickOn(onFx(() -> grid().tileNode(0))).type(KeyCode.END);
        // Every row holds the button, shown only in the row that is the footer, on screen.
        clickOn(lookup(".photo-grid-more").match(SearchAsYouTypeTest::shown).queryButton());
        await(() -> grid().hits().size() > before);
    }

    @Test
    void aYearIsReadAsADateChipThatCanBeUndone() {
        awaitMain();
        clickOn(".search-field").write("blue 2021").type(KeyCode.ENTER);
        await(() -> lookup(".chip-parsed").tryQuery().isPresent());
        // Each keystroke searches: clicking while a later answer rebuilds the chips races TestFX's off-thread lookup.
        await(() -> !shell.main().search().session().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> grid().hits()))
                .allSatisfy(hit -> assertThat(hit.takenAt().getYear()).isEqualTo(2021));
        clickOn(".chip-parsed .chip-remove");
        await(() -> lookup(".chip-parsed").tryQuery().isEmpty());
        await(() -> grid().hits().stream()
                .anyMatch(hit -> hit.takenAt() != null && hit.takenAt().getYear() != 2021));
        assertThat(onFx(() -> shell.context().settings().get().queryHistory())).contains("blue 2021");
    }

    @Test
    void escapeClearsTheQueryAndBrowsingReturns() {
        awaitMain();
        clickOn(".search-field").write("green");
        awaitResultsFor("green");
        type(KeyCode.ESCAPE);
        await(() -> lookup(".search-field").queryAs(TextField.class).getText().isEmpty()
                && grid().hits().stream().noneMatch(PhotoHit::hasScore));
    }

    private String colourOf(PhotoHit hit) {
        return photo(hit).colourName();
    }

    static {
        // Touch the palette so a renamed colour breaks the test at compile time.
        assertThat(FakeLibraryData.COLOURS).containsKeys("red", "yellow", "blue", "green");
    }

    /** The node and every node holding it are visible. */
    private static boolean shown(Node node) {
        for (Node shown = node; shown != null; shown = shown.getParent()) {
            if (!shown.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
