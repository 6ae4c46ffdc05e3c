package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.LibraryStatus;
import java.util.concurrent.TimeUnit;
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
        interact(() -> lookup(".scroll-pane").queryAs(ScrollPane.class).setVvalue(0.75));
        onFx(() -> Screenshots.save(stage.getScene(), "settings-exact-decoding"));

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

    private LibraryStatus status() {
        try (Library library = Library.open(home().root())) {
            return library.status();
        }
    }
}
