package dev.fovea.search.thread;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;

/**
 * The search module's threads, and the factory every module's owner of threads builds on: threads are named (they
 * show up in thread dumps and logs), daemons (they never keep the JVM alive), and below normal priority they also
 * lower themselves at the OS level, where Java priorities alone do nothing (Linux).
 */
@OwnsThreads
public final class SearchThreads {
    private SearchThreads() {}

    /** Threads named {@code name} or, when more than one, {@code name-2}, {@code name-3}... */
    // Java's priority is what Windows and macOS go by; on Linux the OS-level lowering below does the work.
    @SuppressWarnings("ThreadPriorityCheck")
    public static ThreadFactory factory(String name, int priority) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            int number = count.incrementAndGet();
            Thread thread = new Thread(atPriority(priority, runnable), number == 1 ? name : name + "-" + number);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        };
    }

    /** Starts one thread; whoever starts it makes it end (interrupt, or a flag it watches). */
    public static Thread start(String name, int priority, Runnable body) {
        Thread thread = factory(name, priority).newThread(body);
        thread.start();
        return thread;
    }

    /** Builds HNSW graphs of merged segments in parallel; the index that asks for it shuts it down on close. */
    public static ExecutorService hnswMergeWorkers(int threads) {
        return Executors.newFixedThreadPool(threads, factory("fovea-hnsw-merge", Thread.MIN_PRIORITY));
    }

    /** Searches a query's segments at once beside the searching thread; the index that asks for it shuts it down. */
    public static ExecutorService segmentSearchers(int threads) {
        return Executors.newFixedThreadPool(threads, factory("fovea-segment-search", Thread.NORM_PRIORITY));
    }

    /** The first-run speed probe's workers: one per core, at normal priority (they measure what the CPU gives). */
    public static ExecutorService speedProbe(int threads) {
        return Executors.newFixedThreadPool(threads, factory("fovea-speed-probe", Thread.NORM_PRIORITY));
    }

    /** Lucene's merges in the background, lowered like every background thread (Lucene sets only Java's priority). */
    public static ConcurrentMergeScheduler mergeScheduler() {
        return new ConcurrentMergeScheduler() {
            @Override
            protected synchronized MergeThread getMergeThread(MergeSource mergeSource, MergePolicy.OneMerge merge)
                    throws IOException {
                MergeThread thread = new MergeThread(mergeSource, merge) {
                    @Override
                    public void run() {
                        LowPriority.lowerCurrentThread();
                        super.run();
                    }
                };
                thread.setName("fovea-lucene-merge-" + mergeThreadCounter++);
                thread.setDaemon(true);
                return thread;
            }
        };
    }

    /** One thread for timed checks (a stalled download); the caller shuts it down when done. */
    public static ScheduledExecutorService watchdog(String name) {
        return Executors.newSingleThreadScheduledExecutor(factory(name, Thread.NORM_PRIORITY));
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
