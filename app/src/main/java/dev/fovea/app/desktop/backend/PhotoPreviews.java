package dev.fovea.app.desktop.backend;

import dev.fovea.search.image.PixelImage;
import java.nio.file.Path;

/** Decodes an original photo for the viewer, upright, at least {@code minShortSide} pixels on its short side when it has them. */
@FunctionalInterface
public interface PhotoPreviews {
    PixelImage preview(Path photo, int minShortSide);
}
