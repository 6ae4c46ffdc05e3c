package dev.fovea.app.desktop.backend;

/** A rectangle of the map in degrees, as a filter; {@code west > east} crosses the antimeridian. */
public record MapArea(double south, double west, double north, double east) {}
