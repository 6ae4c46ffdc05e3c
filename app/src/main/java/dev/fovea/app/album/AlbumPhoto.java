package dev.fovea.app.album;

import java.nio.file.Path;

/** A photo of an album, whatever its kind. */
public record AlbumPhoto(long id, Path path, String contentHash) {}
