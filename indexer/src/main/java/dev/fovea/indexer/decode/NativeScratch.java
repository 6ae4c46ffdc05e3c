package dev.fovea.indexer.decode;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Native memory a decode thread keeps between decodes for the compressed bytes and the decoded samples. A fresh
 * {@code Arena.allocate} of a decode's size zeroes it and faults every page in: for a full-size 12-megapixel JPEG
 * that cost more CPU than Fovea's resize of it (JFR, {@code fovea bench decode}). Buffers up to
 * {@value #KEPT_BYTES} bytes stay with their thread (a decode worker's is a few MB on the indexing path); a larger
 * one is made for its decode and freed with {@code arena}. One instance per kind of buffer a decode holds at once.
 */
final class NativeScratch {
    static final long KEPT_BYTES = 64L << 20;
    private static final long ALIGNMENT = 64;

    @SuppressWarnings("ThreadLocalUsage") // instances are static: the buffers belong to the threads that decode
    private final ThreadLocal<MemorySegment> kept = new ThreadLocal<>();

    /**
     * {@code bytes} of native memory for the calling thread's current decode, contents undefined; valid until the
     * thread's next call (or, for one above {@value #KEPT_BYTES} bytes, until {@code arena} closes).
     */
    MemorySegment take(long bytes, Arena arena) {
        if (bytes > KEPT_BYTES) {
            return arena.allocate(bytes, ALIGNMENT);
        }
        MemorySegment buffer = kept.get();
        if (buffer == null || buffer.byteSize() < bytes) {
            // Doubled so a thread grows its buffer a few times, not once per slightly larger photo.
            long size = Math.min(KEPT_BYTES, Math.max(bytes, buffer == null ? 0 : buffer.byteSize() * 2));
            buffer = Arena.ofAuto().allocate(size, ALIGNMENT);
            kept.set(buffer);
        }
        return buffer.asSlice(0, bytes);
    }
}
