package dev.fovea.search.index;

/** One sampled frame of a video as the index holds it: its time from the start and its embedding. */
public record FrameVector(double seconds, float[] embedding) {}
