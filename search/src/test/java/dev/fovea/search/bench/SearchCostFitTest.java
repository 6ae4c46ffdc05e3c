package dev.fovea.search.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.fovea.search.index.IndexSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCostFitTest {
    private static final int LIBRARY = 1_000_000;

    @Test
    void recoversTheCostsThatProducedTheTimings() {
        // Timings made by 300 ns a compared photo, 10 us a gathered candidate and a filter exponent of 0.4.
        List<VectorCaseResult> results = List.of(
                measured(LIBRARY, 1265, 300, 10_000, 0.4),
                measured(200_000, 566, 300, 10_000, 0.4),
                measured(100_000, 400, 300, 10_000, 0.4));

        SearchCostFit fit = SearchCostFit.of(results, IndexSettings.DEFAULT).orElseThrow();

        assertThat(fit.exactNanosPerVector()).isCloseTo(300, offset(1.0));
        assertThat(fit.graphNanosPerCandidate()).isCloseTo(10_000, offset(10.0));
        assertThat(fit.filterExponent()).isCloseTo(0.4, offset(0.002));
        assertThat(fit.fittedFrom()).isEqualTo(2);
        assertThat(fit.tenthOfAMillionPath())
                .as("30 ms of comparisons against 400 x 10 us x 0.1^-0.4 = 10 ms of walking")
                .isEqualTo("graph");
    }

    @Test
    void aFilterTooSmallForAWalkAndTheUnfilteredScanDoNotBendTheFit() {
        // The 1% filter's "walk" is Lucene comparing its 10,000 photos (400 / 0.01 expected visits > 10,000): timed
        // as cheap as an unfiltered walk, it would pull the exponent to 0. The unfiltered exact search streams the
        // library at a third of a kept photo's cost, which would pull the compared photo's cost down.
        VectorCaseResult unfiltered = measured(LIBRARY, 1265, 100, 10_000, 0.4);
        VectorCaseResult tinyFilter = measured(10_000, 400, 300, 10_000, 0.4);
        List<VectorCaseResult> results = List.of(
                unfiltered,
                measured(200_000, 566, 300, 10_000, 0.4),
                measured(100_000, 400, 300, 10_000, 0.4),
                withGraphMs(tinyFilter, unfiltered.graphP50Ms()));

        SearchCostFit fit = SearchCostFit.of(results, IndexSettings.DEFAULT).orElseThrow();

        assertThat(fit.exactNanosPerVector()).isCloseTo(300, offset(1.0));
        assertThat(fit.filterExponent()).isCloseTo(0.4, offset(0.002));
        assertThat(fit.fittedFrom()).isEqualTo(2);
    }

    @Test
    void cheapComparisonsAndCostlyFilteredWalksChooseExactSearch() {
        List<VectorCaseResult> results =
                List.of(measured(LIBRARY, 1265, 10, 10_000, 2.0), measured(100_000, 400, 10, 10_000, 2.0));

        assertThat(SearchCostFit.of(results, IndexSettings.DEFAULT)
                        .orElseThrow()
                        .tenthOfAMillionPath())
                .isEqualTo("exact");
    }

    @Test
    void needsTheUnfilteredCaseAndFitsNothingWithoutAFilteredWalk() {
        assertThatThrownBy(() ->
                        SearchCostFit.of(List.of(measured(100_000, 400, 300, 10_000, 0.5)), IndexSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unfiltered");
        assertThat(SearchCostFit.of(List.of(measured(LIBRARY, 1265, 300, 10_000, 0.5)), IndexSettings.DEFAULT))
                .isEmpty();
        assertThat(SearchCostFit.of(
                        List.of(measured(LIBRARY, 1265, 300, 10_000, 0.5), measured(10_000, 400, 300, 10_000, 0.5)),
                        IndexSettings.DEFAULT))
                .as("a 1% filter's walk is given up for comparisons")
                .isEmpty();
    }

    private static VectorCaseResult withGraphMs(VectorCaseResult result, double graphMs) {
        return new VectorCaseResult(
                result.caseName(),
                result.layout(),
                result.vectors(),
                result.dimensions(),
                result.segments(),
                result.searchThreads(),
                result.filterFraction(),
                result.searchPath(),
                result.kept(),
                result.vectorsScoredP50(),
                result.queries(),
                result.recallAt10(),
                graphMs,
                graphMs,
                result.graphRecallAt10(),
                graphMs,
                graphMs,
                result.exactP50Ms(),
                result.exactP99Ms(),
                result.p50VsExact(),
                result.p99VsExact(),
                result.buildSeconds(),
                result.buildReused(),
                result.indexBytes(),
                result.indexBytesPerPhoto(),
                result.searchedBytesPerPhoto(),
                result.format(),
                result.maxConn(),
                result.beamWidth(),
                result.fanOut(),
                result.oversample());
    }

    /** A case keeping {@code kept} of a million photos, timed as the given costs predict. */
    private static VectorCaseResult measured(
            int kept, int fanOut, double exactNanos, double candidateNanos, double exponent) {
        double fraction = kept / (double) LIBRARY;
        double graphMs = fanOut * candidateNanos * Math.pow(fraction, -exponent) / 1e6;
        double exactMs = kept * exactNanos / 1e6;
        return new VectorCaseResult(
                fraction >= 1 ? "vector-unfiltered" : "vector-filter",
                "one-segment",
                LIBRARY,
                512,
                1,
                2,
                fraction,
                "graph",
                kept,
                fanOut,
                100,
                1.0,
                graphMs,
                graphMs,
                1.0,
                graphMs,
                graphMs,
                exactMs,
                exactMs,
                1.0,
                1.0,
                0,
                true,
                0,
                0,
                0,
                "float32",
                32,
                200,
                fanOut,
                1);
    }
}
