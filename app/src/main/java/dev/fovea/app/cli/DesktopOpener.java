package dev.fovea.app.cli;

import dev.fovea.indexer.FoveaHome;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@code fovea} without a command opens the desktop app. Given by the entry point, so the command line never
 * depends on the desktop (a CLI-only run loads no JavaFX).
 */
@FunctionalInterface
public interface DesktopOpener {
    /** Opens the window (on the photos similar to {@code similarTo} when present) and returns the exit code. */
    int open(FoveaHome home, Optional<Path> similarTo);
}
