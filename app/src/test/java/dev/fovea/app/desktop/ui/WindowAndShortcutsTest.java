package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.preferences.SettingsStore;
import dev.fovea.app.desktop.preferences.ThemeMode;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class WindowAndShortcutsTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.indexed(100, work);
    }

    @Test
    void shortcutFindsZoomsAndEscapeClearsTheSelection() {
        awaitMain();
        awaitSettledGrid();
        clickOn(onFx(() -> grid().tileNode(0)));
        assertThat(onFx(() -> grid().isFocused())).isTrue();
        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        await(() -> lookup(".search-field").queryAs(TextField.class).isFocused());

        int before = onFx(() -> shell.context().settings().get().tileSize());
        press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        await(() -> shell.context().settings().get().tileSize() == before + 20
                && grid().tileSizeProperty().get() == before + 20);

        clickOn(onFx(() -> grid().tileNode(1)));
        press(KeyCode.SHIFT).type(KeyCode.RIGHT, KeyCode.RIGHT).release(KeyCode.SHIFT);
        await(() -> grid().selection().count() == 3);
        press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        await(() -> !system.calls.isEmpty());
        assertThat(system.calls.getLast()).startsWith("copy [");
        type(KeyCode.ESCAPE);
        await(() -> grid().selection().count() == 0);
    }

    @Test
    void closingRemembersTheWindowAndTheSettingsPageSwitchesTheme() {
        awaitMain();
        clickOn("Settings");
        clickOn("Dark");
        await(() -> shell.context().theme().darkProperty().get());
        assertThat(onFx(() -> stage.getScene().getRoot().getStyleClass())).contains("dark");
        interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        interact(stage::close);
        DesktopSettings saved = new SettingsStore(work.resolve("home/settings.json")).load();
        assertThat(saved.theme()).isEqualTo(ThemeMode.DARK);
        assertThat(saved.window()).isNotNull();
        assertThat(saved.window().width()).isEqualTo(1100);
        assertThat(saved.window().height()).isEqualTo(700);
        interact(() -> shell.context().theme().use(ThemeMode.LIGHT));
    }
}
