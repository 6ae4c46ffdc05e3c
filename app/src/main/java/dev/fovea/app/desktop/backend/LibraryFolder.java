package dev.fovea.app.desktop.backend;

import java.nio.file.Path;

/** A photo folder of the library with how many of its files are indexed, waiting, or skipped. */
public record LibraryFolder(Path path, long indexed, long pending, long skipped, boolean reachable) {}
