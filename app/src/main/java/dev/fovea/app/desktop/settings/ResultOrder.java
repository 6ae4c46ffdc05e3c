package dev.fovea.app.desktop.settings;

public enum ResultOrder {
    RELEVANCE,
    NEWEST,
    OLDEST
}
