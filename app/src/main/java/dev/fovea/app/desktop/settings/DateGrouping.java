package dev.fovea.app.desktop.settings;

public enum DateGrouping {
    NONE,
    DAY,
    MONTH,
    YEAR
}
