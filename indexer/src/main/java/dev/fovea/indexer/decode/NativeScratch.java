package dev.fovea.indexer.decode;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Native memory decodes keep between them for the compressed bytes and the decoded samples. A fresh
 * {@code Arena.allocate} of a decode's size zeroes it and faults every page in: for a full-size 12-megapixel JPEG
 * that cost more CPU than Fovea's resize of it (JFR, {@code fovea bench decode}). Buffers up to {@value #KEPT_BYTES}
 * bytes go back to a pool when their decode is done, for the next decode on any thread: kept per thread, they were
 * zeroed again by the new decode workers of every indexing run (JFR, {@code fovea bench index}). The pool holds at
 * most as many buffers as decodes ran at once. One instance per kind of buffer a decode holds at once.
 */
final class NativeScratch {
    static final long KEPT_BYTES = 64L << 20;
    private static final long ALIGNMENT = 64;

    /** Most recently used first: its pages are the likeliest to be in the cache. */
    private final ConcurrentLinkedDeque<MemorySegment> idle = new ConcurrentLinkedDeque<>();

    /**
     * {@code bytes} of native memory for one decode, contents undefined, until the lease closes (or, for one above
     * {@value #KEPT_BYTES} bytes, until {@code arena} closes).
     */
    Lease take(long bytes, Arena arena) {
        if (bytes > KEPT_BYTES) {
            return new Lease(null, arena.allocate(bytes, ALIGNMENT));
        }
        MemorySegment buffer = idle.pollFirst();
        if (buffer == null || buffer.byteSize() < bytes) {
            // Doubled so buffers grow a few times, not once per slightly larger photo; a smaller one is dropped.
            long size = Math.min(KEPT_BYTES, Math.max(bytes, buffer == null ? 0 : buffer.byteSize() * 2));
            buffer = Arena.ofAuto().allocate(size, ALIGNMENT);
        }
        return new Lease(buffer, buffer.asSlice(0, bytes));
    }

    /** A buffer one decode holds; closing it hands the buffer to the next decode. */
    final class Lease implements AutoCloseable {
        private final MemorySegment kept;
        private final MemorySegment segment;

        private Lease(MemorySegment kept, MemorySegment segment) {
            this.kept = kept;
            this.segment = segment;
        }

        MemorySegment segment() {
            return segment;
        }

        @Override
        public void close() {
            if (kept != null) {
                idle.offerFirst(kept);
            }
        }
    }
}
