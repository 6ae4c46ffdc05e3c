package dev.fovea.indexer.bench;

import dev.fovea.indexer.thread.IndexerThreads;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs one piece of work over a set of files on N named threads and measures images per second. */
public final class ThroughputMeter {
    /** Work on one file; throwing fails the measurement. */
    @FunctionalInterface
    public interface Work {
        void run(Path file) throws Exception;
    }

    public record Measurement(int threads, int images, double seconds) {
        public double imagesPerSecond() {
            return images / seconds;
        }
    }

    private ThroughputMeter() {}

    /** One untimed pass to warm up, then {@code rounds} timed passes over {@code files}, shared by the threads. */
    public static Measurement measure(String name, List<Path> files, int threads, int rounds, Work work)
            throws Exception {
        for (Path file : files) {
            work.run(file);
        }
        int total = files.size() * rounds;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = IndexerThreads.benchmarkPool("fovea-bench-" + name, threads);
        try {
            long start = System.nanoTime();
            List<Future<Void>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        work.run(files.get(i % files.size()));
                        counter.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
            return new Measurement(threads, counter.get(), (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
