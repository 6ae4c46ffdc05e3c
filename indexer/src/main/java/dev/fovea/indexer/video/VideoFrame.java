package dev.fovea.indexer.video;

import dev.fovea.search.image.PixelImage;

/** One sampled frame, upright, at {@code seconds} from the start of the video. */
public record VideoFrame(double seconds, PixelImage image) {}
