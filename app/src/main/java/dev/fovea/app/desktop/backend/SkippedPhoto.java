package dev.fovea.app.desktop.backend;

import java.nio.file.Path;

/** @param reason a machine reason such as {@code unsupported-format}, {@code truncated} or {@code timeout} */
public record SkippedPhoto(Path path, String reason, String detail) {}
