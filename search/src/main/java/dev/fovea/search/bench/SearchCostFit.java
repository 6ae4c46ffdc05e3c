package dev.fovea.search.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fovea.search.index.IndexSettings;
import dev.fovea.search.index.SearchCosts;
import java.util.List;
import java.util.Optional;

/**
 * {@link SearchCosts} fitted from one run's vector cases (one library, one setting): a compared photo's cost from
 * the filtered cases' exact search medians against the photos each keeps (least squares through the origin), a
 * gathered candidate's from the unfiltered walk's median (over all segments), and the filter exponent from the filtered walks' medians
 * against the unfiltered one: a walk keeping the fraction f with c candidates costs {@code c/c1 x f^-e} times the
 * unfiltered walk of c1, so e is the least-squares slope of {@code -ln(cost ratio)} on {@code ln f}. With the
 * fitted costs, it says which path a tenth of a million photos would take.
 *
 * <p>Two kinds of case are left out because they measure something else than what the choice weighs. The
 * unfiltered exact search reads every vector in order, at about half a kept photo's cost (89 against 190 to 290
 * ns at 1,000,000 photos: a filter's photos are read scattered), and only filtered searches are ever compared
 * exactly. A filtered walk is expected to visit about {@code c / f} nodes in each segment; where that is more
 * than the segment keeps, Lucene gives the walk up and compares the kept photos instead, so that case's "walk"
 * is an exact search and would fit an exponent of 0 (docs/vector-index.md).
 *
 * @param fittedFrom the filtered cases the exponent rests on
 * @param tenthOfAMillionPath the path the fitted costs choose for a filter keeping 100,000 of 1,000,000 photos
 *     ("exact" would compare all 100,000)
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

    /**
     * The fit of {@code results}, which must hold the unfiltered case; empty when no filtered case stayed a walk
     * (a small library, or a fan-out large for it), from which no filter exponent can be fitted.
     */
    public static Optional<SearchCostFit> of(List<VectorCaseResult> results, IndexSettings settings) {
        VectorCaseResult unfiltered = results.stream()
                .filter(result -> result.filterFraction() >= 1.0)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No unfiltered case to fit the search costs from"));
        double exactTimesKept = 0;
        double keptSquared = 0;
        double slopeNumerator = 0;
        double slopeDenominator = 0;
        int filtered = 0;
        for (VectorCaseResult result : results) {
            double fraction = result.kept() / (double) result.vectors();
            if (fraction >= 1.0 || result.kept() == 0) {
                continue;
            }
            exactTimesKept += result.exactP50Ms() * 1e6 * result.kept();
            keptSquared += (double) result.kept() * result.kept();
            if (!(result.graphP50Ms() > 0) || !staysAWalk(result, fraction)) {
                continue;
            }
            double costRatio =
                    (result.graphP50Ms() / unfiltered.graphP50Ms()) * (unfiltered.fanOut() / (double) result.fanOut());
            slopeNumerator += -Math.log(costRatio) * Math.log(fraction);
            slopeDenominator += Math.log(fraction) * Math.log(fraction);
            filtered++;
        }
        if (filtered == 0) {
            return Optional.empty();
        }
        double perCandidate = unfiltered.graphP50Ms() * 1e6 / unfiltered.fanOut();
        SearchCosts costs = new SearchCosts(
                exactTimesKept / keptSquared, perCandidate, Math.max(0, slopeNumerator / slopeDenominator));
        int tenth = MILLION / 10;
        boolean exact = costs.exactIsCheaper(tenth, K, settings.fanOutFor(tenth), MILLION);
        return Optional.of(new SearchCostFit(
                "cost-fit",
                unfiltered.layout(),
                unfiltered.vectors(),
                unfiltered.segments(),
                unfiltered.format(),
                Math.round(costs.exactNanosPerVector() * 10) / 10.0,
                Math.round(costs.graphNanosPerCandidate() * 10) / 10.0,
                Math.round(costs.filterExponent() * 1000) / 1000.0,
                filtered,
                exact ? "exact" : "graph"));
    }

    /** Whether the walk's expected visits in a segment, its candidates over the kept fraction, fit in what it keeps. */
    private static boolean staysAWalk(VectorCaseResult result, double fraction) {
        double keptPerSegment = result.kept() / (double) Math.max(1, result.segments());
        return result.fanOut() / fraction <= keptPerSegment;
    }
}
