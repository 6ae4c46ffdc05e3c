package dev.fovea.app.desktop.preferences;

public enum DateGrouping {
    NONE,
    DAY,
    MONTH,
    YEAR
}
