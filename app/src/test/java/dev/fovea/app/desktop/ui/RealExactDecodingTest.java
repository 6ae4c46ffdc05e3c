package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.preferences.ThemeMode;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.LibraryStatus;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings › Exact decoding on the real backends: the choice is kept for the library, and the indexing run it
 * starts embeds again, from the full-resolution decode, the photos the faster decode had made.
 */
class RealExactDecodingTest extends RealLibraryTest {

    @Test
    void turningExactDecodingOnKeepsTheChoiceAndReembedsFromTheFullDecode() throws Exception {
        awaitMain();
        awaitIndexed();
        assertThat(status().indexed()).isEqualTo(generated.size());
        assertThat(status().indexedExact()).isZero();

        clickOn("Settings");
        await(() -> lookup(".check-box")
                .match(node -> node instanceof CheckBox box && box.getText().startsWith("Exact decoding"))
                .tryQuery()
                .filter(node -> !node.isDisabled())
                .isPresent());
        CheckBox exact = lookup(".check-box")
                .match(node -> node instanceof CheckBox box && box.getText().startsWith("Exact decoding"))
                .queryAs(CheckBox.class);
        assertThat(exact.getText()).isEqualTo("Exact decoding: slower, closest to the reference");
        assertThat(exact.isSelected()).isFalse();
        interact(exact::fire);
        shoot(exact, "settings-exact-decoding");
        interact(() -> shell.context().theme().use(ThemeMode.DARK));
        interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        shoot(exact, "settings-exact-decoding-dark-1000x700");
        interact(() -> shell.context().theme().use(ThemeMode.LIGHT));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status().indexedExact() == generated.size());
        try (Library library = Library.open(home().root())) {
            assertThat(library.exactDecoding()).isTrue();
        }
        assertThat(status().indexed()).isEqualTo(generated.size());

        // Turned off again: kept, and the exact embeddings stay (a later run keeps what the exact decode made).
        interact(exact::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (Library library = Library.open(home().root())) {
                return !library.exactDecoding();
            }
        });
        awaitIndexed();
        assertThat(status().indexedExact()).isEqualTo(generated.size());
    }

    /** Scrolls the settings page to the switch, then saves what the window shows. */
    private void shoot(CheckBox exact, String name) throws Exception {
        interact(() -> {
            Node node = exact;
            while (!(node instanceof ScrollPane)) {
                node = node.getParent();
            }
            ScrollPane page = (ScrollPane) node;
            page.layout();
            double contentHeight = page.getContent().getLayoutBounds().getHeight();
            double viewport = page.getViewportBounds().getHeight();
            double y = page.getContent().sceneToLocal(exact.localToScene(0, 0)).getY();
            page.setVvalue(Math.clamp((y - viewport / 3) / Math.max(1, contentHeight - viewport), 0, 1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        onFx(() -> Screenshots.save(stage.getScene(), name));
    }

    private LibraryStatus status() {
        try (Library library = Library.open(home().root())) {
            return library.status();
        }
    }
}
