package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.DurationChoice;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.search.query.Moments;
import dev.fovea.search.query.filter.MediaKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Videos in the app: the filters keep photos or videos of a length, a video's tile shows its moment, and the viewer
 * shows the frame that matched with a filmstrip of the sampled frames, the moment selected, and opens the video in
 * the system's player. Screenshots: video-results, video-viewer-filmstrip.
 */
class VideoViewerTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.indexed(400, work);
    }

    @Test
    void theFiltersKeepVideosAndTheViewerShowsTheMomentInAFilmstrip() throws Exception {
        awaitMain();
        awaitSettledGrid();
        int all = onFx(() -> grid().hits().size());
        clickOn("Filters");
        await(() -> lookup(".filters-panel .combo-box").queryAll().size() == 6);
        ComboBox<MediaKind> kind = combo(4);
        ComboBox<DurationChoice> duration = combo(5);
        interact(() -> kind.setValue(MediaKind.VIDEO));
        await(() -> !grid().hits().isEmpty() && grid().hits().size() < all);
        assertThat(onFx(() -> grid().hits()))
                .allSatisfy(hit -> assertThat(hit.video()).isTrue());
        assertThat(lookup(".chip-filter").queryAll()).hasSize(1);

        interact(() -> duration.setValue(DurationChoice.UNDER_30_SECONDS));
        await(() -> grid().hits().stream().allMatch(hit -> photo(hit).durationSeconds() < 30));
        interact(() -> duration.setValue(null));
        await(() -> grid().hits().stream().anyMatch(hit -> photo(hit).durationSeconds() >= 30));

        interact(() -> kind.setValue(MediaKind.PHOTO));
        await(() -> !grid().hits().isEmpty() && grid().hits().stream().noneMatch(PhotoHit::video));
        interact(() -> kind.setValue(MediaKind.VIDEO));
        await(() -> !grid().hits().isEmpty() && grid().hits().stream().allMatch(PhotoHit::video));
        settle();
        assertThat(Files.size(onFx(() -> Screenshots.save(stage.getScene(), "video-results"))))
                .isGreaterThan(10_000);

        PhotoHit video = onFx(() -> grid().hits().getFirst());
        List<Double> frames = photo(video).frameTimes();
        doubleClickOn(onFx(() -> grid().tileNode(0)));
        await(() -> lookup(".viewer-filmstrip")
                .tryQuery()
                .map(javafx.scene.Node::isVisible)
                .orElse(false));
        List<ToggleButton> strip = lookup(".filmstrip-frame").queryAllAs(ToggleButton.class).stream()
                .toList();
        assertThat(strip).hasSize(frames.size());
        String moment = Moments.clock(video.momentSeconds());
        assertThat(strip.stream().filter(ToggleButton::isSelected).map(ToggleButton::getText))
                .containsExactly(moment);
        ToggleButton momentFrame =
                strip.stream().filter(ToggleButton::isSelected).findFirst().orElseThrow();
        javafx.scene.Node scroll = lookup(".filmstrip-scroll").query();
        await(() -> {
            javafx.geometry.Bounds frame = momentFrame.localToScene(momentFrame.getBoundsInLocal());
            return scroll.localToScene(scroll.getBoundsInLocal()).contains(frame.getCenterX(), frame.getCenterY());
        });
        assertThat(lookup(".viewer-filmstrip .field-label").queryAs(Label.class).getText())
                .contains(moment);
        assertThat(lookup(".viewer-why").queryAs(Label.class).getText()).contains(moment);
        // The made-up videos have no file: the thumbnail and the filmstrip stay, with nothing to play.
        await(() -> lookup(".video-controls .button").queryButton().isDisabled()
                && lookup(".video-seek").query().isDisabled());
        settle();
        assertThat(Files.size(onFx(() -> Screenshots.save(stage.getScene(), "video-viewer-filmstrip"))))
                .isGreaterThan(10_000);

        int selected = strip.indexOf(
                strip.stream().filter(ToggleButton::isSelected).findFirst().orElseThrow());
        ToggleButton other = strip.get(selected == 0 ? 1 : selected - 1);
        clickOn(other);
        await(other::isSelected);
        assertThat(strip.stream().filter(ToggleButton::isSelected)).hasSize(1);
        clickOn(lookup((javafx.scene.Node node) ->
                        node instanceof javafx.scene.control.Button button && "Open".equals(button.getText()))
                .queryButton());
        assertThat(system.calls).containsExactly("open " + video.path());

        type(KeyCode.ESCAPE);
        await(() -> lookup(".viewer-filmstrip").tryQuery().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(int index) {
        return lookup(".filters-panel .combo-box").nth(index).queryAs(ComboBox.class);
    }

    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
