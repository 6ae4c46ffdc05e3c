package dev.fovea.search.index;

/**
 * What a vector search costs on this kind of machine, to choose for each filter between comparing every photo
 * it keeps and walking the graph (Lucene's filtered HNSW search, which scores only photos that pass but steps
 * over the others' links). {@code fovea bench search} times both paths for each filter in the same run, which is
 * where these constants come from (docs/vector-index.md).
 *
 * @param exactNanosPerVector comparing one kept photo with the query, filter iteration included
 * @param graphNanosPerCandidate one gathered candidate of an unfiltered walk of one segment's graph
 * @param filterExponent how much faster than the kept fraction shrinks a filtered walk's cost grows: a walk
 *     keeping the fraction f of the photos costs {@code f^-filterExponent} times an unfiltered one
 */
public record SearchCosts(double exactNanosPerVector, double graphNanosPerCandidate, double filterExponent) {

    /**
     * 512-dimensional float vectors, M 32, measured on a quiet 2-core machine: 320 to 413 ns a compared photo
     * (10% of 100,000 and of 1,000,000), 7.2 to 10.5 us a gathered candidate (unfiltered 100,000 and 1,000,000).
     * The filter exponent is a prior until the bench's filtered walks fit it (docs/vector-index.md).
     */
    public static final SearchCosts MEASURED = new SearchCosts(350, 8_000, 0.5);

    public SearchCosts {
        if (!(exactNanosPerVector > 0) || !(graphNanosPerCandidate > 0) || !(filterExponent >= 0)) {
            throw new IllegalArgumentException("Invalid search costs: " + exactNanosPerVector + "/"
                    + graphNanosPerCandidate + "/" + filterExponent);
        }
    }

    /** Estimated nanoseconds to compare all {@code kept} photos. */
    public double exactNanos(int kept) {
        return kept * exactNanosPerVector;
    }

    /**
     * Estimated nanoseconds to gather {@code candidates} from the graphs of {@code segments} segments holding
     * {@code librarySize} photos, {@code kept} of which pass the filter.
     */
    public double graphNanos(int candidates, int kept, int librarySize, int segments) {
        double fraction = Math.min(1.0, Math.max(1, kept) / (double) Math.max(1, librarySize));
        return candidates * graphNanosPerCandidate * Math.max(1, segments) * Math.pow(fraction, -filterExponent);
    }

    /** Whether comparing every kept photo is expected to cost less than the filtered graph walk. */
    public boolean exactIsCheaper(int kept, int k, int candidates, int librarySize, int segments) {
        return kept <= k || exactNanos(kept) <= graphNanos(candidates, kept, librarySize, segments);
    }
}
