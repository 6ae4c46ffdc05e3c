package dev.fovea.app.desktop.preferences;

public enum ResultOrder {
    RELEVANCE,
    NEWEST,
    OLDEST
}
