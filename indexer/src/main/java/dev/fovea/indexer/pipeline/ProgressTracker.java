package dev.fovea.indexer.pipeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The counters of a run, updated by its threads and turned into {@link IndexingProgress} snapshots. */
final class ProgressTracker {
    private static final double RATE_WINDOW_SECONDS = 10;

    private final AtomicLong filesSeen = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();
    private volatile Path currentFile;
    private volatile IndexingProgress.Phase phase = IndexingProgress.Phase.SCANNING;
    private double rate;
    private long lastDone;
    private long lastNanos = System.nanoTime();

    void seen() {
        filesSeen.incrementAndGet();
    }

    void queued() {
        total.incrementAndGet();
    }

    void finished(String skipReason) {
        done.incrementAndGet();
        if (skipReason != null) {
            skipped.computeIfAbsent(skipReason, reason -> new LongAdder()).increment();
        }
    }

    void working(Path file) {
        currentFile = file;
    }

    void phase(IndexingProgress.Phase next) {
        phase = next;
    }

    /** A snapshot; the rate is an exponential average over about ten seconds. */
    synchronized IndexingProgress snapshot(boolean paused) {
        long now = System.nanoTime();
        long doneNow = done.get();
        double seconds = (now - lastNanos) / 1e9;
        if (seconds > 0.05) {
            double instant = (doneNow - lastDone) / seconds;
            double weight = Math.min(1.0, seconds / RATE_WINDOW_SECONDS);
            rate = lastDone == 0 && rate == 0 ? instant : rate + weight * (instant - rate);
            lastDone = doneNow;
            lastNanos = now;
        }
        long remaining = total.get() - doneNow;
        long eta = phase == IndexingProgress.Phase.SCANNING || rate <= 0 ? -1 : Math.round(remaining / rate);
        Map<String, Long> skips = new TreeMap<>();
        skipped.forEach((reason, count) -> skips.put(reason, count.sum()));
        return new IndexingProgress(
                phase,
                filesSeen.get(),
                total.get(),
                doneNow,
                java.util.Collections.unmodifiableMap(skips),
                rate,
                eta,
                phase.compareTo(IndexingProgress.Phase.FINISHING) <= 0 ? currentFile : null,
                paused);
    }
}
