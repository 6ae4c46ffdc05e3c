package dev.fovea.search.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                measured(100_000, 400, 300, 10_000, 0.4),
                measured(10_000, 400, 300, 10_000, 0.4));

        SearchCostFit fit = SearchCostFit.of(results, IndexSettings.DEFAULT);

        assertThat(fit.exactNanosPerVector()).isCloseTo(300, org.assertj.core.data.Offset.offset(1.0));
        assertThat(fit.graphNanosPerCandidate()).isCloseTo(10_000, org.assertj.core.data.Offset.offset(10.0));
        assertThat(fit.filterExponent()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(0.002));
        assertThat(fit.fittedFrom()).isEqualTo(3);
        assertThat(fit.tenthOfAMillionPath())
                .as("30 ms of comparisons against 400 x 10 us x 0.1^-0.4 = 10 ms of walking")
                .isEqualTo("graph");
    }

    @Test
    void cheapComparisonsAndCostlyFilteredWalksChooseExactSearch() {
        List<VectorCaseResult> results =
                List.of(measured(LIBRARY, 1265, 10, 10_000, 2.0), measured(100_000, 400, 10, 10_000, 2.0));

        assertThat(SearchCostFit.of(results, IndexSettings.DEFAULT).tenthOfAMillionPath())
                .isEqualTo("exact");
    }

    @Test
    void needsTheUnfilteredCaseAndAFilteredOne() {
        assertThatThrownBy(() ->
                        SearchCostFit.of(List.of(measured(100_000, 400, 300, 10_000, 0.5)), IndexSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unfiltered");
        assertThatThrownBy(() ->
                        SearchCostFit.of(List.of(measured(LIBRARY, 1265, 300, 10_000, 0.5)), IndexSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filtered");
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
