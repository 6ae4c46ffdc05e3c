package dev.fovea.indexer.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One attempt at a work item on a decode worker. Exactly one party settles it: the worker when it finishes,
 * or the watchdog when it runs out of time; the other's result is dropped.
 */
final class Job {
    final WorkItem item;
    final long startedNanos = System.nanoTime();
    /** When it started in the run's {@link RunningTime}, which the per-file limit counts. */
    final long startedRunning;

    volatile String hash;
    private final AtomicBoolean settled = new AtomicBoolean();

    Job(WorkItem item, long startedRunning) {
        this.item = item;
        this.startedRunning = startedRunning;
    }

    boolean settle() {
        return settled.compareAndSet(false, true);
    }
}
