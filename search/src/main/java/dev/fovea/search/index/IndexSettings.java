package dev.fovea.search.index;

/**
 * How the HNSW graph is built and searched.
 *
 * @param maxConn neighbours per node (HNSW M)
 * @param beamWidth candidates considered while inserting (efConstruction)
 * @param fanOut candidates gathered while searching (efSearch); a query for k results explores max(k, fanOut)
 * @param oversample for quantized formats, how many times k candidates are rescored with full precision
 * @param mergeWorkers threads that build a merged segment's graph
 * @param ramBufferMb memory for documents not yet written to a segment; bulk loads go faster with more
 * @param exactSearchLimit up to how many photos a filter may keep for a search to compare them all rather
 *     than walk the graph. On 100,000 512-dimensional vectors with 10,000 kept, Lucene's filtered graph walk
 *     took about twice as long as comparing them all (docs/vector-index.md), and comparing all is exact.
 */
public record IndexSettings(VectorFormat format, int maxConn, int beamWidth, int fanOut, int oversample, int mergeWorkers,
        int ramBufferMb, int exactSearchLimit) {

    /**
     * Float vectors, M 32, beam width 200, fan-out 400: recall@10 0.9945 on 100,000 clustered 512-dimensional
     * vectors with text-like queries at 2.5 ms median; M 16 / beam 100 reached 0.9725 at fan-out 400, int7 was
     * no more accurate and twice as slow with rescoring, BBQ stopped at 0.90 (docs/vector-index.md).
     */
    public static final IndexSettings DEFAULT = new IndexSettings(VectorFormat.FLOAT32, 32, 200, 400, 1, 1, 64, 20_000);

    public IndexSettings {
        if (maxConn < 2 || beamWidth < 1 || fanOut < 1 || oversample < 1 || mergeWorkers < 1 || ramBufferMb < 16 || exactSearchLimit < 0) {
            throw new IllegalArgumentException("Invalid index settings: " + maxConn + "/" + beamWidth + "/" + fanOut + "/" + oversample
                    + "/" + mergeWorkers + "/" + ramBufferMb + "/" + exactSearchLimit);
        }
    }

    public IndexSettings withFormat(VectorFormat newFormat) {
        return new IndexSettings(newFormat, maxConn, beamWidth, fanOut, oversample, mergeWorkers, ramBufferMb, exactSearchLimit);
    }

    public IndexSettings withGraph(int newMaxConn, int newBeamWidth) {
        return new IndexSettings(format, newMaxConn, newBeamWidth, fanOut, oversample, mergeWorkers, ramBufferMb, exactSearchLimit);
    }

    public IndexSettings withSearch(int newFanOut, int newOversample) {
        return new IndexSettings(format, maxConn, beamWidth, newFanOut, newOversample, mergeWorkers, ramBufferMb, exactSearchLimit);
    }

    /** For bulk loads: more merge threads and a larger buffer. */
    public IndexSettings forBulkLoad(int workers, int bufferMb) {
        return new IndexSettings(format, maxConn, beamWidth, fanOut, oversample, workers, bufferMb, exactSearchLimit);
    }

    public IndexSettings withExactSearchLimit(int limit) {
        return new IndexSettings(format, maxConn, beamWidth, fanOut, oversample, mergeWorkers, ramBufferMb, limit);
    }

    /** How many candidates the graph search gathers for k results. */
    int candidates(int k) {
        return Math.max(k * oversample, Math.max(k, fanOut));
    }
}
