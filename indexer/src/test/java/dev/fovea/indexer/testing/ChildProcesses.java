package dev.fovea.indexer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * What the children wrote to {@code output}, for an assertion's message: the file lives in the test's
     * temporary folder, which JUnit deletes, so a failure must carry it or its cause is lost.
     */
    public static String outputOf(Path output) {
        try {
            return Files.exists(output)
                    ? "\n--- children's output (" + output.getFileName() + ") ---\n" + Files.readString(output)
                    : "\n(the children wrote nothing)";
        } catch (IOException e) {
            return "\n(the children's output could not be read: " + e + ")";
        }
    }
}
