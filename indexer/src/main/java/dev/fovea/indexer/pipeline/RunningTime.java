package dev.fovea.indexer.pipeline;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The time a run has had to work: the monotonic clock, less the stalls that its watchdog notices. A process
 * stopped by Ctrl-Z, SIGSTOP or a debugger sees the monotonic clock run on; without this, every photo in flight
 * when it resumes would have "taken" the whole stop and be skipped as a timeout. A gap between two watchdog ticks
 * longer than {@link #LONGEST_TICK} is a stop, not work, and counts as that much only.
 */
final class RunningTime {
    static final long LONGEST_TICK = TimeUnit.SECONDS.toNanos(1);

    private final LongSupplier monotonic;
    private long lastTick;
    private long running;

    RunningTime() {
        this(System::nanoTime);
    }

    RunningTime(LongSupplier monotonic) {
        this.monotonic = monotonic;
        this.lastTick = monotonic.getAsLong();
    }

    /** The watchdog's tick, a few times a second; returns {@link #nanos()}. */
    synchronized long tick() {
        long now = monotonic.getAsLong();
        running += Math.min(now - lastTick, LONGEST_TICK);
        lastTick = now;
        return running;
    }

    /** Nanoseconds of running time since the run began; only differences between two readings mean anything. */
    synchronized long nanos() {
        return running + Math.min(monotonic.getAsLong() - lastTick, LONGEST_TICK);
    }
}
