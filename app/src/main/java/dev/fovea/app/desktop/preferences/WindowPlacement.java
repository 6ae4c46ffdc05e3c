package dev.fovea.app.desktop.preferences;

/** The main window's size and place when it was last closed. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {}
