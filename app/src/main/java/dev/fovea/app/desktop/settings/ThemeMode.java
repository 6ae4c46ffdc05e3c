package dev.fovea.app.desktop.settings;

public enum ThemeMode {
    SYSTEM,
    LIGHT,
    DARK
}
