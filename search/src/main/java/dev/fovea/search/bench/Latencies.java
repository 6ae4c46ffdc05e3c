package dev.fovea.search.bench;

import java.util.Arrays;

/** Measured durations of one kind, summarised by percentiles in milliseconds. */
final class Latencies {
    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    double p50() {
        return percentile(0.50);
    }

    double p99() {
        return percentile(0.99);
    }

    /** Nearest-rank percentile. */
    double percentile(double fraction) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * count) - 1;
        return Math.round(sorted[Math.max(0, rank)] / 10_000.0) / 100.0;
    }
}
