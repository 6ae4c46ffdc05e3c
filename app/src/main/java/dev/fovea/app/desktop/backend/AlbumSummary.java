package dev.fovea.app.desktop.backend;

/**
 * An album as the sidebar lists it.
 *
 * @param photos how many of its photos are in the library now
 * @param coverHash content hash of its cover's thumbnail, null when it has no photo now
 */
public record AlbumSummary(String name, long photos, String coverHash) {}
