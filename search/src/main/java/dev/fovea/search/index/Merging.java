package dev.fovea.search.index;

import dev.fovea.search.thread.SearchThreads;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * How the segments an indexing run writes (one per commit, every ten seconds) are merged while the library
 * grows. Every segment has a graph of its own that each search walks with the full fan-out, so a search costs
 * about as many graph walks as there are segments, where Lucene's default allows ten segments a tier. Two a
 * tier keeps few; merging that often is affordable because Lucene starts a merged graph from the largest
 * segment's graph and inserts only the others' vectors. Segments of similar size are kept for as many threads
 * as search at once (docs/vector-index.md).
 */
final class Merging {
    private static final double SEGMENTS_PER_TIER = 2;
    /** Segments below this size count as this size, so the many small commits are merged together early. */
    private static final double FLOOR_SEGMENT_MB = 32;

    private Merging() {}

    static MergePolicy policy(int searchThreads) {
        return new TieredMergePolicy()
                .setSegmentsPerTier(SEGMENTS_PER_TIER)
                .setFloorSegmentMB(FLOOR_SEGMENT_MB)
                .setTargetSearchConcurrency(Math.max(1, searchThreads));
    }

    /** One merge at a time, so that a merge never takes both cores from searches; its thread is lowered. */
    static MergeScheduler scheduler() {
        ConcurrentMergeScheduler scheduler = SearchThreads.mergeScheduler();
        scheduler.setMaxMergesAndThreads(4, 1);
        return scheduler;
    }
}
