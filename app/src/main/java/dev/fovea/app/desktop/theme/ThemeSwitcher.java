package dev.fovea.app.desktop.theme;

import atlantafx.base.theme.CupertinoDark;
import atlantafx.base.theme.CupertinoLight;
import atlantafx.base.theme.Theme;
import dev.fovea.app.desktop.preferences.ThemeMode;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Applies the light or dark theme, following the system's colour scheme unless the user chose one. The
 * Cupertino themes are the closest to a native photo app; our own stylesheet only adds what is Fovea's.
 */
public final class ThemeSwitcher {
    public static final String STYLESHEET = "/dev/fovea/ui/css/fovea.css";

    private static final Theme LIGHT = new CupertinoLight();
    private static final Theme DARK = new CupertinoDark();

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private ThemeMode mode = ThemeMode.SYSTEM;

    public ThemeSwitcher() {
        Platform.getPreferences().colorSchemeProperty().addListener((property, old, scheme) -> apply());
    }

    public void use(ThemeMode newMode) {
        mode = newMode;
        apply();
    }

    public ThemeMode mode() {
        return mode;
    }

    /** True while the dark theme is on; windows toggle a style class on it. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private void apply() {
        boolean useDark = switch (mode) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
        Application.setUserAgentStylesheet((useDark ? DARK : LIGHT).getUserAgentStylesheet());
        dark.set(useDark);
    }
}
