package dev.fovea.search.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One line of {@code fovea bench search --json} for the vector search cases. */
public record VectorCaseResult(
        @JsonProperty("case") String caseName,
        int vectors,
        int dimensions,
        double filterFraction,
        String searchPath,
        int queries,
        @JsonProperty("recall_at_10") double recallAt10,
        double hnswP50Ms,
        double hnswP99Ms,
        double exactP50Ms,
        double exactP99Ms,
        double buildSeconds,
        boolean buildReused,
        long indexBytes,
        String format,
        int maxConn,
        int beamWidth,
        int fanOut,
        int oversample) {}
