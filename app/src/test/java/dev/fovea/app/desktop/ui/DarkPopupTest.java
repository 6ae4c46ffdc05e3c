package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.preferences.ThemeMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The recent-searches popup in the dark theme: its window is filled to the edge by the dark menu. The theme's drop
 * shadow and round corners left a margin around the menu that its window painted white: a white frame (this test
 * fails without the rule in fovea.css).
 */
class DarkPopupTest extends RealLibraryTest {

    @Test
    void theRecentSearchesPopupHasNoLightFrameInTheDarkTheme() throws Exception {
        awaitMain();
        awaitSettledGrid();
        interact(() -> {
            shell.context().theme().use(ThemeMode.DARK);
            shell.context().settings().update(settings -> settings.withQueryHistory(List.of("red", "blue sky")));
        });
        clickOn(".search-field");
        type(KeyCode.DOWN);
        await(() -> popup() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);

        WritableImage image = onFx(() -> popup().getScene().snapshot(null));
        Path file = onFx(() -> Screenshots.save(popup().getScene(), "history-popup-dark"));
        assertThat(Files.size(file)).isPositive();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        for (int[] corner : new int[][] {{1, 1}, {width - 2, 1}, {1, height - 2}, {width - 2, height - 2}}) {
            Color colour = image.getPixelReader().getColor(corner[0], corner[1]);
            assertThat(colour.getOpacity())
                    .as("the popup's edge at %s is painted, not left transparent", List.of(corner[0], corner[1]))
                    .isEqualTo(1.0);
            assertThat(colour.getBrightness())
                    .as("the popup's edge at %s is dark", List.of(corner[0], corner[1]))
                    .isLessThan(0.5);
        }
        interact(() -> shell.context().theme().use(ThemeMode.LIGHT));
    }

    private static ContextMenu popup() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof ContextMenu && window.isShowing())
                .map(ContextMenu.class::cast)
                .findFirst()
                .orElse(null);
    }
}
