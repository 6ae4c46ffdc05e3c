package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PhotoHit;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "More/less like this" from the grid's context menu and keys, shown as chips that re-rank at once and can be
 * removed; with screenshots of the chips, of weak results, and of the viewer at 1000x700.
 */
class RealFeedbackTest extends RealLibraryTest {

    @Test
    void lessLikeThisDropsThePhotoAndItsChipUndoesIt() throws Exception {
        awaitMain();
        awaitSettledGrid();
        clickOn(".search-field").write("red");
        awaitResultsFor("red");
        PhotoHit first = onFx(() -> grid().hits().getFirst());
        assertThat(colour(first)).isEqualTo("red");

        rightClickOn(onFx(() -> grid().tileNode(0)));
        clickOn("Less like this  (−)");
        await(() -> lookup(".chip-feedback").tryQuery().isPresent()
                && !shell.main().search().session().busyProperty().get()
                && !grid().hits().isEmpty()
                && grid().hits().getFirst().photoId() != first.photoId());
        assertThat(lookup(".chip-feedback .chip-label").queryAs(Label.class).getText())
                .isEqualTo("Less like " + first.fileName());
        settle();
        shot("feedback-chips");

        clickOn(".chip-feedback .chip-remove");
        await(() -> lookup(".chip-feedback").tryQuery().isEmpty()
                && !shell.main().search().session().busyProperty().get()
                && grid().hits().getFirst().photoId() == first.photoId());

        // The + key on a selected photo: more like it.
        PhotoHit second = onFx(() -> grid().hits().get(1));
        clickOn(onFx(() -> grid().tileNode(1)));
        type(KeyCode.EQUALS);
        await(() -> lookup(".chip-feedback .chip-label").tryQuery().isPresent()
                && lookup(".chip-feedback .chip-label")
                        .queryAs(Label.class)
                        .getText()
                        .equals("More like " + second.fileName()));
    }

    @Test
    void theViewerGivesFeedbackByKeyAndButtonAndGoesBackToTheReRankedGrid() throws Exception {
        awaitMain();
        awaitSettledGrid();
        clickOn(".search-field").write("red");
        awaitResultsFor("red");
        PhotoHit first = onFx(() -> grid().hits().getFirst());

        doubleClickOn(onFx(() -> grid().tileNode(0)));
        await(() -> shell.main().viewer().root().getScene() != null);
        type(KeyCode.MINUS);
        await(() -> shell.main().viewer().root().getScene() == null
                && lookup(".chip-feedback .chip-label").tryQuery().isPresent()
                && !shell.main().search().session().busyProperty().get()
                && grid().hits().getFirst().photoId() != first.photoId());
        assertThat(lookup(".chip-feedback .chip-label").queryAs(Label.class).getText())
                .isEqualTo("Less like " + first.fileName());

        PhotoHit liked = onFx(() -> grid().hits().getFirst());
        doubleClickOn(onFx(() -> grid().tileNode(0)));
        await(() -> shell.main().viewer().root().getScene() != null);
        clickOn("#moreButton");
        await(() -> shell.main().viewer().root().getScene() == null
                && lookup(".chip-feedback .chip-label").queryAllAs(Label.class).stream()
                        .anyMatch(label -> label.getText().equals("More like " + liked.fileName())));
    }

    @Test
    void screenshotsOfWeakResultsAndTheViewerAt1000x700() throws Exception {
        awaitMain();
        awaitSettledGrid();
        interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        clickOn(".search-field").write("cyan");
        awaitResultsFor("cyan");
        await(() -> lookup(".weak-heading").queryAs(Label.class).isVisible());
        settle();
        shot("weak-results");

        doubleClickOn(onFx(() -> grid().tileNode(0)));
        await(() -> shell.main().viewer().root().getScene() != null);
        settle();
        shot("viewer-1000x700");
        for (String button : new String[] {"Find similar", "Open", "Show in folder", "Copy"}) {
            assertThat(lookup(".viewer-bar .button").queryAllAs(javafx.scene.control.Button.class).stream()
                            .filter(node -> button.equals(node.getText()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("No " + button + " button")))
                    .as(button + " shows its whole label")
                    .satisfies(node -> assertThat(onFx(() -> node.getWidth() >= node.prefWidth(-1) - 0.5))
                            .isTrue());
        }
    }

    private void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) throws Exception {
        Path file = onFx(() -> Screenshots.save(stage.getScene(), name));
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
