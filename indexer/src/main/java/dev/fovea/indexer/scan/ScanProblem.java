package dev.fovea.indexer.scan;

import java.nio.file.Path;

/**
 * A place a scan could not look into (an unreadable folder, a symbolic link loop). The scan goes on; photos
 * already catalogued below it are kept, since they may be only temporarily out of reach.
 */
public record ScanProblem(LibraryRoot root, Path path, String problem) {}
