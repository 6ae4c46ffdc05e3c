package dev.fovea.indexer.video;

/**
 * Which moments of a video are looked at: one every {@code intervalSeconds}, spread further apart on long videos
 * so that no more than {@code maxFrames} are taken; of those, a frame is kept only when the picture changed
 * ({@code sceneChange}, the mean absolute difference of tiny colour frames, 0 to 255) since the last kept one.
 */
public record SamplingPolicy(double intervalSeconds, int maxFrames, double sceneChange) {
    /** A frame every 2 s at most, 32 per video (a 10-minute video gets one every 19 s), a change of 6 levels. */
    public static final SamplingPolicy DEFAULT = new SamplingPolicy(2.0, 32, 6.0);

    public SamplingPolicy {
        if (!(intervalSeconds > 0) || maxFrames < 1 || sceneChange < 0) {
            throw new IllegalArgumentException(
                    "Bad sampling policy: interval " + intervalSeconds + " s, " + maxFrames + " frames");
        }
    }

    /** The moments to seek to, in seconds: the first frame, then every step; a video shorter than a step gets one. */
    public double[] moments(double durationSeconds) {
        if (!(durationSeconds > 0)) {
            return new double[] {0};
        }
        double step = Math.max(intervalSeconds, durationSeconds / maxFrames);
        int count = (int) Math.min(maxFrames, Math.max(1, Math.ceil(durationSeconds / step)));
        double[] moments = new double[count];
        for (int i = 0; i < count; i++) {
            moments[i] = i * step;
        }
        return moments;
    }
}
