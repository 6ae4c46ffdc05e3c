package dev.fovea.indexer.bench;

import dev.fovea.indexer.thread.IndexerThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one stage on every core for a while and reports images per second, and the process CPU time per
 * image: on a machine shared with other work the wall-clock rate moves with the load, the CPU cost much less.
 */
record StageRate(double imagesPerSecond, double cpuMillisPerImage) {
    /** One unit of a stage's work on image {@code index}; returns how many images it covered. */
    @FunctionalInterface
    interface Work {
        int run(int index) throws Exception;
    }

    static StageRate measure(String name, int threads, int images, long minimumNanos, Work work)
            throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int t = 0; t < threads; t++) {
            workers.add(IndexerThreads.start("fovea-bench-" + name + "-" + t, Thread.NORM_PRIORITY, () -> {
                try {
                    while (System.nanoTime() - start < minimumNanos || next.get() < images) {
                        done.addAndGet(work.run((int) (next.getAndIncrement() % images)));
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(
                    "The " + name + " stage failed: " + failures.getFirst(), failures.getFirst());
        }
        return of(done.get(), System.nanoTime() - start, processCpuNanos() - cpuStart);
    }

    static StageRate of(long images, long wallNanos, long cpuNanos) {
        return new StageRate(images / (wallNanos / 1e9), cpuNanos / 1e6 / images);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
