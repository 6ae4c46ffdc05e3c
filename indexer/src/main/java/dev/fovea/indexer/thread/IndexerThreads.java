package dev.fovea.indexer.thread;

import dev.fovea.search.thread.OwnsThreads;
import dev.fovea.search.thread.SearchThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Every thread of the indexer: named, daemon, and below normal priority also lowered at the OS level (through
 * {@link SearchThreads#factory}). Whoever gets a thread or an executor here ends or shuts it down.
 */
@OwnsThreads
public final class IndexerThreads {
    private IndexerThreads() {}

    /** Starts one thread; whoever starts it makes it end (interrupt, cancel, or the end of its queue). */
    public static Thread start(String name, int priority, Runnable body) {
        return SearchThreads.start(name, priority, body);
    }

    /** The catalog's one writer thread: every write is serialised on it. */
    public static ExecutorService catalogWriter() {
        return Executors.newSingleThreadExecutor(SearchThreads.factory("fovea-catalog-writer", Thread.NORM_PRIORITY));
    }

    /** One thread for a run's timed work: progress reports and decode timeouts. */
    public static ScheduledExecutorService watchdog(String name) {
        return Executors.newSingleThreadScheduledExecutor(SearchThreads.factory(name, Thread.NORM_PRIORITY));
    }

    /** The text stage's readers: Tesseract reads a picture on one core, so a run reads one picture per thread. */
    public static ExecutorService textReaders(int threads, int priority) {
        return Executors.newFixedThreadPool(threads, SearchThreads.factory("fovea-text-reader", priority));
    }

    /** A fixed pool for a benchmark that measures throughput at {@code threads} in parallel. */
    public static ExecutorService benchmarkPool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, SearchThreads.factory(name, Thread.NORM_PRIORITY));
    }
}
