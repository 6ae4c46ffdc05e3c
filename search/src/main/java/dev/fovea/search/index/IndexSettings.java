package dev.fovea.search.index;

/**
 * How the HNSW graph is built and searched.
 *
 * @param maxConn neighbours per node (HNSW M)
 * @param beamWidth candidates considered while inserting (efConstruction)
 * @param fanOut candidates gathered while searching (efSearch) in a library of up to 100,000 photos; larger
 *     libraries gather more ({@link #fanOutFor})
 * @param oversample for quantized formats, how many times k candidates are rescored with full precision
 * @param mergeWorkers threads that build a merged segment's graph
 * @param ramBufferMb memory for documents not yet written to a segment; bulk loads go faster with more
 * @param exactSearchLimit up to how many photos a filter may keep for a search to compare them all rather
 *     than walk the graph (or up to {@link #EXACT_SEARCH_FRACTION} of the library, when that is more)
 */
public record IndexSettings(
        VectorFormat format,
        int maxConn,
        int beamWidth,
        int fanOut,
        int oversample,
        int mergeWorkers,
        int ramBufferMb,
        int exactSearchLimit) {

    /**
     * Float vectors, M 32, beam width 200, fan-out 400: recall@10 0.9945 on 100,000 clustered 512-dimensional
     * vectors with text-like queries at 2.5 ms median; M 16 / beam 100 reached 0.9725 at fan-out 400, int7 was
     * no more accurate and twice as slow with rescoring, BBQ stopped at 0.90 (docs/vector-index.md).
     */
    public static final IndexSettings DEFAULT = new IndexSettings(VectorFormat.FLOAT32, 32, 200, 400, 1, 1, 64, 20_000);

    /**
     * A filter keeping up to this fraction of the library is searched exactly. With 10% kept, Lucene's filtered
     * graph walk took about twice as long as comparing the kept photos, on 100,000 and on 1,000,000 vectors
     * (it gives up after visiting as many photos as the filter keeps, then compares them anyway); comparing
     * all is exact besides (docs/vector-index.md).
     */
    public static final double EXACT_SEARCH_FRACTION = 0.15;

    /** The library size the base fan-out was measured for. */
    private static final int FAN_OUT_BASE_SIZE = 100_000;

    public IndexSettings {
        if (maxConn < 2
                || beamWidth < 1
                || fanOut < 1
                || oversample < 1
                || mergeWorkers < 1
                || ramBufferMb < 16
                || exactSearchLimit < 0) {
            throw new IllegalArgumentException("Invalid index settings: " + maxConn + "/" + beamWidth + "/" + fanOut
                    + "/" + oversample + "/" + mergeWorkers + "/" + ramBufferMb + "/" + exactSearchLimit);
        }
    }

    public IndexSettings withFormat(VectorFormat newFormat) {
        return new IndexSettings(
                newFormat, maxConn, beamWidth, fanOut, oversample, mergeWorkers, ramBufferMb, exactSearchLimit);
    }

    public IndexSettings withGraph(int newMaxConn, int newBeamWidth) {
        return new IndexSettings(
                format, newMaxConn, newBeamWidth, fanOut, oversample, mergeWorkers, ramBufferMb, exactSearchLimit);
    }

    public IndexSettings withSearch(int newFanOut, int newOversample) {
        return new IndexSettings(
                format, maxConn, beamWidth, newFanOut, newOversample, mergeWorkers, ramBufferMb, exactSearchLimit);
    }

    /** For bulk loads: more merge threads and a larger buffer. */
    public IndexSettings forBulkLoad(int workers, int bufferMb) {
        return new IndexSettings(format, maxConn, beamWidth, fanOut, oversample, workers, bufferMb, exactSearchLimit);
    }

    public IndexSettings withExactSearchLimit(int limit) {
        return new IndexSettings(format, maxConn, beamWidth, fanOut, oversample, mergeWorkers, ramBufferMb, limit);
    }

    /**
     * The fan-out for a library of this size: the base fan-out up to 100,000 photos, growing with the square
     * root of the size beyond. Measured: recall@10 0.9945 at 100,000 with 400; at 1,000,000, 0.93 with 400,
     * 0.974 with 800 and 0.989 with 1,600 (docs/vector-index.md).
     */
    public int fanOutFor(int librarySize) {
        return (int) Math.ceil(fanOut * Math.sqrt(Math.max(1.0, librarySize / (double) FAN_OUT_BASE_SIZE)));
    }

    /** Whether a filter keeping {@code kept} of {@code librarySize} photos is searched by comparing them all. */
    public boolean searchesExactly(int kept, int librarySize) {
        return kept <= Math.max(exactSearchLimit, EXACT_SEARCH_FRACTION * librarySize);
    }

    /** How many candidates the graph search gathers for k results in a library of this size. */
    int candidates(int k, int librarySize) {
        return Math.max(k * oversample, Math.max(k, fanOutFor(librarySize)));
    }
}
