package dev.fovea.indexer.thread;

import dev.fovea.search.thread.LowPriority;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fovea's own threads: named (they show up in thread dumps and logs), daemon, with a priority; below normal
 * priority they also lower themselves at the OS level where Java priorities alone do nothing (Linux).
 */
public final class IndexerThreads {
    private IndexerThreads() {}

    /** Threads named {@code name} or, when more than one, {@code name-2}, {@code name-3}... */
    public static ThreadFactory daemon(String name, int priority) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            int number = count.incrementAndGet();
            Thread thread = new Thread(atPriority(priority, runnable), number == 1 ? name : name + "-" + number);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        };
    }

    public static Thread start(String name, int priority, Runnable body) {
        Thread thread = new Thread(atPriority(priority, body), name);
        thread.setDaemon(true);
        thread.setPriority(priority);
        thread.start();
        return thread;
    }

    private static Runnable atPriority(int priority, Runnable body) {
        if (priority >= Thread.NORM_PRIORITY) {
            return body;
        }
        return () -> {
            LowPriority.lowerCurrentThread();
            body.run();
        };
    }
}
