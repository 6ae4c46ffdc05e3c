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
 * @param searchThreads threads that search an index's segments at once (1: the caller's thread alone)
 * @param costs what comparing a photo and walking the graph cost: a filtered search takes the cheaper path
 */
public record IndexSettings(
        VectorFormat format,
        int maxConn,
        int beamWidth,
        int fanOut,
        int oversample,
        int mergeWorkers,
        int ramBufferMb,
        int searchThreads,
        SearchCosts costs) {

    /**
     * Float vectors, M 32, beam width 200, fan-out 400: recall@10 0.9965 at p50 / p99 3.8 / 12.9 ms on 100,000
     * clustered 512-dimensional vectors in the app's segments, text-like queries, a quiet machine. int7 with the best
     * 3 x k rescored was as accurate (0.998) and read 3.7 times fewer bytes a search, but was no faster there (4.4 /
     * 13.3 ms) and is unmeasured at 1,000,000, so the floats stay (docs/vector-index.md). An index written in another
     * format is rewritten in this one in the background ({@link FormatConversion}).
     */
    public static final IndexSettings DEFAULT =
            new IndexSettings(VectorFormat.FLOAT32, 32, 200, 400, 1, 1, 64, 2, SearchCosts.MEASURED);

    /** The library size the base fan-out was measured for. */
    private static final int FAN_OUT_BASE_SIZE = 100_000;

    public IndexSettings {
        if (maxConn < 2
                || beamWidth < 1
                || fanOut < 1
                || oversample < 1
                || mergeWorkers < 1
                || ramBufferMb < 16
                || searchThreads < 1
                || costs == null) {
            throw new IllegalArgumentException("Invalid index settings: " + maxConn + "/" + beamWidth + "/" + fanOut
                    + "/" + oversample + "/" + mergeWorkers + "/" + ramBufferMb + "/" + searchThreads + "/" + costs);
        }
    }

    public IndexSettings withFormat(VectorFormat newFormat) {
        return new IndexSettings(
                newFormat, maxConn, beamWidth, fanOut, oversample, mergeWorkers, ramBufferMb, searchThreads, costs);
    }

    public IndexSettings withGraph(int newMaxConn, int newBeamWidth) {
        return new IndexSettings(
                format, newMaxConn, newBeamWidth, fanOut, oversample, mergeWorkers, ramBufferMb, searchThreads, costs);
    }

    public IndexSettings withSearch(int newFanOut, int newOversample) {
        return new IndexSettings(
                format, maxConn, beamWidth, newFanOut, newOversample, mergeWorkers, ramBufferMb, searchThreads, costs);
    }

    /** For bulk loads: more merge threads and a larger buffer. */
    public IndexSettings forBulkLoad(int workers, int bufferMb) {
        return new IndexSettings(
                format, maxConn, beamWidth, fanOut, oversample, workers, bufferMb, searchThreads, costs);
    }

    public IndexSettings withSearchThreads(int threads) {
        return new IndexSettings(
                format, maxConn, beamWidth, fanOut, oversample, mergeWorkers, ramBufferMb, threads, costs);
    }

    public IndexSettings withCosts(SearchCosts newCosts) {
        return new IndexSettings(
                format, maxConn, beamWidth, fanOut, oversample, mergeWorkers, ramBufferMb, searchThreads, newCosts);
    }

    /**
     * The fan-out for a library of this size: the base fan-out up to 100,000 photos, growing with the square
     * root of the size beyond. Measured: recall@10 0.9945 at 100,000 with 400; at 1,000,000, 0.93 with 400,
     * 0.974 with 800 and 0.989 with 1,600 (docs/vector-index.md).
     */
    public int fanOutFor(int librarySize) {
        return (int) Math.ceil(fanOut * Math.sqrt(Math.max(1.0, librarySize / (double) FAN_OUT_BASE_SIZE)));
    }

    /**
     * Whether a search for {@code k} photos among the {@code kept} of {@code librarySize} that pass a filter
     * compares them all: when that costs less than walking the graphs.
     */
    public boolean searchesExactly(int kept, int k, int librarySize) {
        return costs.exactIsCheaper(kept, k, candidates(k, kept), librarySize);
    }

    /**
     * How many candidates the graph search gathers for k results among {@code searched} photos: the library, or
     * the photos a filter keeps, since Lucene's filtered walk scores only those, as if they were a library of
     * their own.
     */
    int candidates(int k, int searched) {
        return Math.max(k * oversample, Math.max(k, fanOutFor(searched)));
    }
}
