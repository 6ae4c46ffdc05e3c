package dev.fovea.search.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An end-to-end line: from query text to ranked photos with paths, against the text encoder alone on the same
 * texts in the same run. {@code e2e-text} searches only new texts; {@code e2e-typing} the texts a search box
 * sends while someone types (each word as it is finished, a word taken back), where texts recur and the
 * query embedding cache answers.
 *
 * @param searches searches measured
 * @param repeated searches whose text had been searched before in the run: the cache's answers
 * @param overheadP50Ms the median of (end-to-end minus encoder) per query: what the search adds
 * @param encoderTimeSaved the share of the encoder's time (alone, on the same texts) the cache saved
 * @param oversample for quantized formats, how many times the results wanted are rescored with full precision
 */
public record EndToEndResult(
        @JsonProperty("case") String caseName,
        String layout,
        int vectors,
        int segments,
        int dimensions,
        String model,
        int searches,
        int repeated,
        int limit,
        double encoderP50Ms,
        double encoderP99Ms,
        double e2eP50Ms,
        double e2eP99Ms,
        double overheadP50Ms,
        double ratioP50,
        double encoderTimeSaved,
        String format,
        int oversample) {}
