package dev.fovea.app.desktop.backend;

import java.nio.file.Path;

/**
 * An indexed photo whose decoder read past damage in it.
 *
 * @param warning the decoder's own words, e.g. "Corrupt JPEG data: 3 extraneous bytes before marker 0xd9"
 */
public record WarnedPhoto(Path path, String warning) {}
