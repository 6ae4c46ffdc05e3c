package dev.fovea.search.index;

/**
 * How the HNSW graph is built and searched. The defaults were chosen with {@code fovea bench search}
 * (recall@10 against exact search on clustered 512-dimensional vectors); see docs/vector-index.md.
 *
 * @param maxConn neighbours per node (HNSW M)
 * @param beamWidth candidates considered while inserting (efConstruction)
 * @param fanOut candidates gathered while searching (efSearch); a query for k results explores max(k, fanOut)
 * @param oversample for quantized formats, how many times k candidates are rescored with full precision
 * @param mergeWorkers threads that build a merged segment's graph
 * @param ramBufferMb memory for documents not yet written to a segment; bulk loads go faster with more
 */
public record IndexSettings(VectorFormat format, int maxConn, int beamWidth, int fanOut, int oversample, int mergeWorkers, int ramBufferMb) {

    public static final IndexSettings DEFAULT = new IndexSettings(VectorFormat.FLOAT32, 16, 100, 100, 1, 1, 64);

    public IndexSettings {
        if (maxConn < 2 || beamWidth < 1 || fanOut < 1 || oversample < 1 || mergeWorkers < 1 || ramBufferMb < 16) {
            throw new IllegalArgumentException("Invalid index settings: " + maxConn + "/" + beamWidth + "/" + fanOut + "/" + oversample
                    + "/" + mergeWorkers + "/" + ramBufferMb);
        }
    }

    public IndexSettings withFormat(VectorFormat newFormat) {
        return new IndexSettings(newFormat, maxConn, beamWidth, fanOut, oversample, mergeWorkers, ramBufferMb);
    }

    public IndexSettings withGraph(int newMaxConn, int newBeamWidth) {
        return new IndexSettings(format, newMaxConn, newBeamWidth, fanOut, oversample, mergeWorkers, ramBufferMb);
    }

    public IndexSettings withSearch(int newFanOut, int newOversample) {
        return new IndexSettings(format, maxConn, beamWidth, newFanOut, newOversample, mergeWorkers, ramBufferMb);
    }

    /** For bulk loads: more merge threads and a larger buffer. */
    public IndexSettings forBulkLoad(int workers, int bufferMb) {
        return new IndexSettings(format, maxConn, beamWidth, fanOut, oversample, workers, bufferMb);
    }

    /** How many candidates the graph search gathers for k results. */
    int candidates(int k) {
        return Math.max(k * oversample, Math.max(k, fanOut));
    }
}
