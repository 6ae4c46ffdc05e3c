package dev.fovea.app.desktop.settings;

import dev.fovea.app.desktop.backend.PhotoLibrary;
import dev.fovea.app.desktop.backend.TextReadingMode;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.preferences.ThemeMode;
import dev.fovea.app.desktop.screen.DesktopContext;
import dev.fovea.app.setup.FoveaVersion;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;

/** Appearance, grid, and what the app is: theme (following the system by default), tile size, stacking, shortcuts. */
public final class SettingsController {
    private static final String SHORTCUT =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac") ? "⌘" : "Ctrl+";

    private final DesktopContext context;
    private final Texts texts;

    @FXML
    private ToggleGroup themes;

    @FXML
    private ToggleButton systemTheme;

    @FXML
    private ToggleButton lightTheme;

    @FXML
    private ToggleButton darkTheme;

    @FXML
    private Slider tileSize;

    @FXML
    private CheckBox stackDuplicates;

    @FXML
    private ToggleGroup textReadings;

    @FXML
    private ToggleButton textAuto;

    @FXML
    private ToggleButton textAll;

    @FXML
    private ToggleButton textOff;

    @FXML
    private CheckBox exactDecoding;

    @FXML
    private GridPane shortcuts;

    @FXML
    private Label version;

    @FXML
    private Label home;

    public SettingsController(DesktopContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        DesktopSettings settings = context.settings().get();
        systemTheme.setUserData(ThemeMode.SYSTEM);
        lightTheme.setUserData(ThemeMode.LIGHT);
        darkTheme.setUserData(ThemeMode.DARK);
        themes.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == settings.theme())
                .findFirst()
                .ifPresent(themes::selectToggle);
        themes.selectedToggleProperty().addListener((property, old, chosen) -> {
            if (chosen == null) {
                themes.selectToggle(old);
                return;
            }
            ThemeMode mode = (ThemeMode) chosen.getUserData();
            context.theme().use(mode);
            context.settings().update(current -> current.withTheme(mode));
        });
        tileSize.setValue(settings.tileSize());
        tileSize.valueChangingProperty().addListener((property, was, changing) -> {
            if (!changing) {
                context.settings().update(current -> current.withTileSize((int) tileSize.getValue()));
            }
        });
        stackDuplicates.setSelected(settings.stackDuplicates());
        stackDuplicates
                .selectedProperty()
                .addListener((property, was, stack) ->
                        context.settings().update(current -> current.withStackDuplicates(stack)));
        textReadingChoice();
        exactDecodingChoice();
        int row = 0;
        for (List<String> shortcut : List.of(
                List.of(SHORTCUT + "F", "shortcut.search"),
                List.of("Esc", "shortcut.escape"),
                List.of("← → ↑ ↓", "shortcut.arrows"),
                List.of("Shift + ← → ↑ ↓", "shortcut.extend"),
                List.of("Space", "shortcut.space"),
                List.of("Enter", "shortcut.enter"),
                List.of(SHORTCUT + "A", "shortcut.selectAll"),
                List.of(SHORTCUT + "C", "shortcut.copy"),
                List.of(SHORTCUT + "+  /  " + SHORTCUT + "−", "shortcut.zoom"))) {
            Label keys = new Label(shortcut.get(0));
            keys.getStyleClass().add("shortcut-keys");
            shortcuts.addRow(row++, keys, new Label(texts.get(shortcut.get(1))));
        }
        version.setText(texts.format(
                "settings.version", FoveaVersion.get(), Runtime.version().toString()));
        home.setText(texts.format("settings.home", context.home().root()));
    }

    /** Kept for the library (the catalog), like `fovea index --ocr`; changing it indexes again in the background. */
    private void textReadingChoice() {
        textAuto.setUserData(TextReadingMode.AUTO);
        textAll.setUserData(TextReadingMode.ALL);
        textOff.setUserData(TextReadingMode.OFF);
        PhotoLibrary library = context.backend().library();
        context.executor().run(library::textReading, mode -> {
            textReadings.getToggles().stream()
                    .filter(toggle -> toggle.getUserData() == mode)
                    .findFirst()
                    .ifPresent(textReadings::selectToggle);
            textReadings.selectedToggleProperty().addListener((property, old, chosen) -> {
                if (chosen == null) {
                    textReadings.selectToggle(old);
                    return;
                }
                TextReadingMode choice = (TextReadingMode) chosen.getUserData();
                context.executor()
                        .run(
                                () -> {
                                    library.setTextReading(choice);
                                    return choice;
                                },
                                done -> {});
            });
        });
    }

    /** Kept for the library like the text choice, so `fovea index` follows it; changing it indexes again. */
    private void exactDecodingChoice() {
        PhotoLibrary library = context.backend().library();
        exactDecoding.setDisable(true);
        context.executor().run(library::exactDecoding, exact -> {
            exactDecoding.setSelected(exact);
            exactDecoding.setDisable(false);
            exactDecoding
                    .selectedProperty()
                    .addListener((property, was, chosen) -> context.executor()
                            .run(
                                    () -> {
                                        library.setExactDecoding(chosen);
                                        return chosen;
                                    },
                                    done -> {}));
        });
    }
}
