package dev.fovea.search.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of {@code fovea bench search --json} for the vector search cases: the search as the app runs it
 * ({@code search_path}, recall and latency), the graph walk alone and exact search measured in the same run,
 * and the chosen path's latency as a ratio of exact search's. {@code vectors_scored_p50}: the vectors the chosen
 * path scores for a query (the kept photos when it compares them all, else the nodes the graph walk visits),
 * against the {@code kept} photos that pass the filter.
 */
public record VectorCaseResult(
        @JsonProperty("case") String caseName,
        String layout,
        int vectors,
        int dimensions,
        int segments,
        int searchThreads,
        double filterFraction,
        String searchPath,
        int kept,
        long vectorsScoredP50,
        int queries,
        @JsonProperty("recall_at_10") double recallAt10,
        double p50Ms,
        double p99Ms,
        @JsonProperty("graph_recall_at_10") double graphRecallAt10,
        double graphP50Ms,
        double graphP99Ms,
        double exactP50Ms,
        double exactP99Ms,
        double p50VsExact,
        double p99VsExact,
        double buildSeconds,
        boolean buildReused,
        long indexBytes,
        long indexBytesPerPhoto,
        long searchedBytesPerPhoto,
        String format,
        int maxConn,
        int beamWidth,
        int fanOut,
        int oversample) {}
