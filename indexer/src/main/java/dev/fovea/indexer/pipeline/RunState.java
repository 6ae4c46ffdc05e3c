package dev.fovea.indexer.pipeline;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** What the threads of one run share: cancellation, pause, the first failure, and which contents are embedded or in flight. */
final class RunState {
    final PauseGate pause = new PauseGate();
    final ProgressTracker progress = new ProgressTracker();
    private volatile boolean cancelled;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    /**
     * Contents whose embedding for the run's model is committed in the catalog (in an exact run, only those made
     * from the exact decode: the others are embedded again).
     */
    final Set<String> embedded;
    /** Whether photos are decoded at full resolution, as the reference decodes them ({@code fovea index --exact}). */
    final boolean exact;
    /** Contents being decoded or encoded right now, so a second copy waits instead of being encoded twice. */
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();

    RunState(Set<String> embeddedAtStart, boolean exact) {
        this.exact = exact;
        this.embedded = ConcurrentHashMap.newKeySet(embeddedAtStart.size() * 2 + 16);
        this.embedded.addAll(embeddedAtStart);
    }

    boolean cancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
        pause.resume();
    }

    /** Records the first failure and stops the run. */
    void fail(RuntimeException e) {
        failure.compareAndSet(null, e);
        cancel();
    }

    RuntimeException failure() {
        return failure.get();
    }

    boolean claim(String hash) {
        return claimed.add(hash);
    }

    void release(String hash) {
        if (hash != null) {
            claimed.remove(hash);
        }
    }
}
