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
     * 512-dimensional float vectors, M 32, in the app's segments (8 at 100,000 photos, searched on two threads),
     * fitted by {@code fovea bench search} on a quiet 2-core machine: 98 ns a compared photo, 1.275 us a gathered
     * candidate per segment. The filter exponent stays 0.5: the one filter whose walk stayed a walk there (20%) gave
     * 0.52; smaller ones are compared exactly by Lucene inside each segment, which a fit over them mistakes for a
     * free walk (docs/vector-index.md).
     */
    public static final SearchCosts MEASURED = new SearchCosts(98, 1_275, 0.5);

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
