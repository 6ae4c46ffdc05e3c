package dev.fovea.indexer.bench;

import dev.fovea.indexer.pipeline.NamedThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one stage on every core for a while and reports images per second. */
final class StageRate {
    /** One unit of a stage's work on image {@code index}; returns how many images it covered. */
    @FunctionalInterface
    interface Work {
        int run(int index) throws Exception;
    }

    private StageRate() {}

    static double measure(String name, int threads, int images, long minimumNanos, Work work) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(NamedThreads.start("fovea-bench-" + name + "-" + t, Thread.NORM_PRIORITY, () -> {
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
            throw new IllegalStateException("The " + name + " stage failed: " + failures.getFirst(), failures.getFirst());
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
