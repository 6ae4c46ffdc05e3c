package dev.fovea.search.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code e2e-text} line: from query text to ranked photos with paths, against the text encoder alone on
 * the same texts in the same run.
 *
 * @param overheadP50Ms the median of (end-to-end minus encoder) per query: what the search adds
 */
public record EndToEndResult(
        @JsonProperty("case") String caseName,
        int vectors,
        int dimensions,
        String model,
        int queries,
        int limit,
        double encoderP50Ms,
        double encoderP99Ms,
        double e2eP50Ms,
        double e2eP99Ms,
        double overheadP50Ms,
        double ratioP50) {}
