package dev.fovea.search.model;

import dev.fovea.search.thread.SearchThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * A short CPU probe (a fraction of a second) that scales the published per-photo estimates of
 * {@link PublishedFacts} to this machine and picks the variant to recommend: MobileCLIP2-S2 where it embeds a
 * photo fast enough, MobileCLIP2-S0 elsewhere. It times small float matrix products, the bulk of what the
 * towers compute, on every core, against the same measure on the 2-core machine the estimates come from.
 */
public final class SpeedProbe {
    /**
     * Multiply-adds per second of {@link #measure} on the idle 2-core x86 machine the estimates were made on. The
     * machine is never idle (five builds share it), so it was measured per CPU-second: the probe's loop ran on 2
     * threads for 3 rounds of 2 s and its multiply-adds were divided by the CPU time those threads got
     * (ThreadMXBean), which does not depend on how many other jobs run: 3.42e9 and 3.44e9 per thread CPU-second
     * (2026-12-06, load average 13; a cold first round 2.86e9), times the 2 cores.
     */
    static final double REFERENCE_RATE = 6.9e9;
    /** Above this per-photo time a first indexing of 10,000 photos would take more than about half an hour. */
    static final double RECOMMEND_LIMIT_MILLIS = 150;

    public static final String FAST_CHOICE = "mobileclip2-s2";
    public static final String SLOW_CHOICE = "mobileclip2-s0";

    private static final int SIZE = 96;

    /** How much faster than the reference machine this one is (above 1) or slower (below 1). */
    public record Result(double relativeSpeed) {
        public long estimatedMillisPerPhoto(String variantId) {
            return PublishedFacts.of(variantId)
                    .map(facts -> Math.round(facts.estimatedImageMillis() / relativeSpeed))
                    .orElse(-1L);
        }

        /** The variant to recommend among {@code offered}: the better one when it is fast enough here. */
        public String recommend(List<String> offered) {
            boolean fastEnough = estimatedMillisPerPhoto(FAST_CHOICE) <= RECOMMEND_LIMIT_MILLIS;
            String choice = fastEnough ? FAST_CHOICE : SLOW_CHOICE;
            return offered.contains(choice) ? choice : offered.getFirst();
        }
    }

    private SpeedProbe() {}

    public static Result measure(Duration budget) {
        int threads = Runtime.getRuntime().availableProcessors();
        long deadline = System.nanoTime() + budget.toNanos();
        try (ExecutorService pool = SearchThreads.speedProbe(threads)) {
            List<Future<Long>> parts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                parts.add(pool.submit(() -> multiplyAddsUntil(deadline)));
            }
            long start = System.nanoTime();
            long total = 0;
            for (Future<Long> part : parts) {
                total += part.get();
            }
            double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            return new Result(total / seconds / REFERENCE_RATE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(1);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The speed probe failed", e.getCause());
        }
    }

    private static long multiplyAddsUntil(long deadline) {
        float[] a = new float[SIZE * SIZE];
        float[] b = new float[SIZE * SIZE];
        float[] c = new float[SIZE * SIZE];
        for (int i = 0; i < a.length; i++) {
            a[i] = (i % 7) * 0.1f;
            b[i] = (i % 5) * 0.2f;
        }
        long done = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < SIZE; i++) {
                for (int k = 0; k < SIZE; k++) {
                    float aik = a[i * SIZE + k];
                    for (int j = 0; j < SIZE; j++) {
                        c[i * SIZE + j] += aik * b[k * SIZE + j];
                    }
                }
            }
            done += (long) SIZE * SIZE * SIZE;
            a[0] = c[SIZE]; // keeps the products live
        }
        return done;
    }
}
