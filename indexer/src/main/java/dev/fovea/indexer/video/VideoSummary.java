package dev.fovea.indexer.video;

/**
 * What the catalog keeps about a video besides its frames.
 *
 * @param partial only the start could be sampled (damaged stream, or the time limit): said by {@code fovea status}
 */
public record VideoSummary(double durationSeconds, String codec, int frames, boolean partial) {}
