package dev.fovea.search.index;

import dev.fovea.search.thread.SearchThreads;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * How the segments an indexing run writes (one per commit, every ten seconds) are merged while the library
 * grows. Every segment has a graph of its own that each search walks with the full fan-out, so a search costs
 * about as many graph walks as there are large segments. A floor above any library's size makes the policy
 * count segments rather than weigh their sizes: four a tier, merged four at a time, leaves two or three
 * large segments and a few small ones from 100,000 to 1,000,000 photos, where two a tier over a 32 MB floor
 * let the tiers double and kept 8 to 13. It merges no more than that policy did: Lucene starts a merged graph
 * from the largest segment's graph and inserts only the others' vectors, about three times each photo's
 * insert while a library grows to a million (docs/vector-index.md, "Segments as the app makes them").
 * Segments of similar size are kept for as many threads as search at once.
 */
final class Merging {
    private static final double SEGMENTS_PER_TIER = 4;
    /** Every segment below this size counts as this size: 2 GB is a million photos in float32. */
    private static final double FLOOR_SEGMENT_MB = 2048;

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
