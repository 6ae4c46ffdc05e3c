package dev.fovea.search.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fovea.search.index.IndexSettings;
import dev.fovea.search.index.SearchCosts;
import java.util.List;

/**
 * {@link SearchCosts} fitted from one run's vector cases (one library, one setting): a compared photo's cost from
 * exact search's medians against the photos each case keeps (least squares through the origin), a gathered
 * candidate's from the unfiltered walk's median, and the filter exponent from the filtered walks' medians against
 * the unfiltered one: a walk keeping the fraction f with c candidates costs {@code c/c1 x f^-e} times the
 * unfiltered walk of c1, so e is the least-squares slope of {@code -ln(cost ratio)} on {@code ln f}. With the
 * fitted costs, it says which path a tenth of a million photos would take.
 *
 * @param fittedFrom the filtered cases the exponent rests on
 * @param tenthOfAMillionPath the path the fitted costs choose for a filter keeping 100,000 of 1,000,000 photos
 *     in one segment ("exact" would compare all 100,000)
 */
public record SearchCostFit(
        @JsonProperty("case") String caseName,
        String layout,
        int vectors,
        int segments,
        String format,
        double exactNanosPerVector,
        double graphNanosPerCandidate,
        double filterExponent,
        int fittedFrom,
        @JsonProperty("tenth_of_a_million_path") String tenthOfAMillionPath) {

    private static final int MILLION = 1_000_000;
    private static final int K = 10;

    /** The fit of {@code results}, which must hold the unfiltered case and at least one filtered case. */
    public static SearchCostFit of(List<VectorCaseResult> results, IndexSettings settings) {
        VectorCaseResult unfiltered = results.stream()
                .filter(result -> result.filterFraction() >= 1.0)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No unfiltered case to fit the search costs from"));
        double exactTimesKept = 0;
        double keptSquared = 0;
        for (VectorCaseResult result : results) {
            exactTimesKept += result.exactP50Ms() * 1e6 * result.kept();
            keptSquared += (double) result.kept() * result.kept();
        }
        double perCandidate =
                unfiltered.graphP50Ms() * 1e6 / ((double) unfiltered.fanOut() * Math.max(1, unfiltered.segments()));
        double slopeNumerator = 0;
        double slopeDenominator = 0;
        int filtered = 0;
        for (VectorCaseResult result : results) {
            double fraction = result.kept() / (double) result.vectors();
            if (fraction >= 1.0 || result.kept() == 0 || !(result.graphP50Ms() > 0)) {
                continue;
            }
            double costRatio =
                    (result.graphP50Ms() / unfiltered.graphP50Ms()) * (unfiltered.fanOut() / (double) result.fanOut());
            slopeNumerator += -Math.log(costRatio) * Math.log(fraction);
            slopeDenominator += Math.log(fraction) * Math.log(fraction);
            filtered++;
        }
        if (filtered == 0) {
            throw new IllegalArgumentException("No filtered case to fit the filter exponent from");
        }
        SearchCosts costs = new SearchCosts(
                exactTimesKept / keptSquared, perCandidate, Math.max(0, slopeNumerator / slopeDenominator));
        int tenth = MILLION / 10;
        boolean exact = costs.exactIsCheaper(tenth, K, settings.fanOutFor(tenth), MILLION, 1);
        return new SearchCostFit(
                "cost-fit",
                unfiltered.layout(),
                unfiltered.vectors(),
                unfiltered.segments(),
                unfiltered.format(),
                Math.round(costs.exactNanosPerVector() * 10) / 10.0,
                Math.round(costs.graphNanosPerCandidate() * 10) / 10.0,
                Math.round(costs.filterExponent() * 1000) / 1000.0,
                filtered,
                exact ? "exact" : "graph");
    }
}
