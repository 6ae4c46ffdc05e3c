package dev.fovea.indexer.scan;

import java.nio.file.Path;

/** A candidate photo found by a scan, with what the file system says about it. */
public record ScannedFile(LibraryRoot root, Path path, long size, long modifiedMillis) {}
