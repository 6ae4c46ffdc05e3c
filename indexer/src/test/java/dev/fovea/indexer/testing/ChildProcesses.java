package dev.fovea.indexer.testing;

import java.util.concurrent.TimeUnit;

/** Waiting on a child JVM that a fault test is about to kill. */
public final class ChildProcesses {
    /** A check polled while the child runs; it may read files or a catalog the child writes. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private ChildProcesses() {}

    /**
     * Polls {@code condition} every few milliseconds until it holds or the child exits, for at most two minutes;
     * true when the child exited first, so the caller knows its kill would find nothing to kill.
     */
    public static boolean awaitOrDeath(Process child, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                return true;
            }
            if (condition.holds()) {
                return false;
            }
            Thread.sleep(2);
        }
        return !child.isAlive();
    }
}
