package dev.fovea.indexer.video;

import java.util.List;

/**
 * What sampling a video found.
 *
 * @param width displayed width (after rotation)
 * @param height displayed height (after rotation)
 * @param codec the video codec's FFmpeg name (h264, hevc, vp9, av1...)
 * @param tags when and where it was filmed, as its container says
 * @param partial sampling stopped early (a damaged stream or the time limit): the frames cover only the start
 */
public record SampledVideo(
        double durationSeconds,
        int width,
        int height,
        String codec,
        VideoTags tags,
        List<VideoFrame> frames,
        boolean partial) {
    public SampledVideo {
        frames = List.copyOf(frames);
    }
}
