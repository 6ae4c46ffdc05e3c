package dev.fovea.app.desktop.backend;

import java.nio.file.Path;

/**
 * One photo of a group of near-identical photos.
 *
 * @param similarity to the group's best photo, 1 for the best
 * @param exactCopy the same bytes as the best photo
 */
public record DuplicatePhoto(
        long photoId,
        Path path,
        String contentHash,
        float similarity,
        boolean exactCopy,
        Integer width,
        Integer height,
        long size) {}
