package dev.fovea.search.index;

/**
 * What a vector search costs on this kind of machine, to choose for each filter between comparing every photo
 * it keeps and walking the graph (Lucene's filtered HNSW search, which scores only photos that pass but steps
 * over the others' links). {@code fovea bench search} times both paths for each filter in the same run, which is
 * where these constants come from (docs/vector-index.md).
 *
 * <p>A walk's cost does not grow with the number of segments: Lucene gives each segment a share of the candidates
 * by its size (its optimistic collection, re-walking a segment only when its share fell short) and the searcher's
 * two threads walk segments at once, so a candidate cost 7.1, 8.5 and 7.4 us in libraries of 1, 8 and 6
 * segments.
 *
 * @param exactNanosPerVector comparing one kept photo with the query, filter iteration included
 * @param graphNanosPerCandidate one candidate an unfiltered walk gathers, over all the library's segments
 * @param filterExponent how much faster than the kept fraction shrinks a filtered walk's cost grows: a walk
 *     keeping the fraction f of the photos costs {@code f^-filterExponent} times an unfiltered one
 */
public record SearchCosts(double exactNanosPerVector, double graphNanosPerCandidate, double filterExponent) {

    /**
     * 512-dimensional float vectors, M 32, in the app's segments (6 at 1,000,000 photos, searched on two threads),
     * fitted by {@code fovea bench search} on a quiet 2-core machine: 194 ns a photo a filter keeps (read scattered,
     * twice a full scan's 90 ns a photo), 7.4 us a gathered candidate, and a filtered walk's cost growing as
     * f^-1.09 (the 20% and 10% filters' walks; at 10% Lucene gives up every segment's walk for exact comparison
     * after visiting as many nodes as the segment keeps, so the walk costs more than comparing alone). The earlier
     * fit at 100,000 photos (98 ns from a fit that included the unfiltered scan, 1.275 us a candidate times each
     * segment, exponent 0.5) walked a 10% filter of 1,000,000 photos in 43 ms where comparing took 21 ms; these
     * compare it, walk a fifth of a million, and compare every filter up to a fifth of 100,000 photos, in one
     * segment as in 8 (docs/vector-index.md).
     */
    public static final SearchCosts MEASURED = new SearchCosts(194, 7_400, 1.09);

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
     * Estimated nanoseconds to gather {@code candidates} from the graphs of a library of {@code librarySize}
     * photos, {@code kept} of which pass the filter.
     */
    public double graphNanos(int candidates, int kept, int librarySize) {
        double fraction = Math.min(1.0, Math.max(1, kept) / (double) Math.max(1, librarySize));
        return candidates * graphNanosPerCandidate * Math.pow(fraction, -filterExponent);
    }

    /** Whether comparing every kept photo is expected to cost less than the filtered graph walk. */
    public boolean exactIsCheaper(int kept, int k, int candidates, int librarySize) {
        return kept <= k || exactNanos(kept) <= graphNanos(candidates, kept, librarySize);
    }
}
