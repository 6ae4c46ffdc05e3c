package dev.fovea.app.desktop.preferences;

public enum ThemeMode {
    SYSTEM,
    LIGHT,
    DARK
}
