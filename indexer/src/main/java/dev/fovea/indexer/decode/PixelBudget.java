package dev.fovea.indexer.decode;

import java.util.concurrent.Semaphore;

/**
 * Bounds the memory that decodes running at the same time hold in pixel buffers: each decode reserves its
 * bytes before allocating them and waits while others hold the budget. One decode may always use the whole
 * budget, so a single huge (but allowed) picture still decodes, alone.
 */
final class PixelBudget {
    /** Reservations are counted in 64 KiB units so a large heap still fits in an int of permits. */
    private static final int UNIT = 1 << 16;

    private final Semaphore permits;
    private final int total;

    PixelBudget(long bytes) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / UNIT));
        this.permits = new Semaphore(total, true);
    }

    /** A quarter of the heap the JVM may grow to: decoded buffers plus their copies stay well within it. */
    static PixelBudget fromHeap() {
        return new PixelBudget(Runtime.getRuntime().maxMemory() / 4);
    }

    /** Blocks until {@code bytes} may be allocated; close the reservation when the buffers are gone. */
    Reservation reserve(long bytes) throws InterruptedException {
        int units = (int) Math.min(total, Math.max(1, (bytes + UNIT - 1) / UNIT));
        permits.acquire(units);
        return () -> permits.release(units);
    }

    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }
}
