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
 */
public record IndexSettings(VectorFormat format, int maxConn, int beamWidth, int fanOut, int oversample, int mergeWorkers) {

    public static final IndexSettings DEFAULT = new IndexSettings(VectorFormat.FLOAT32, 16, 100, 100, 1, 1);

    public IndexSettings {
        if (maxConn < 2 || beamWidth < 1 || fanOut < 1 || oversample < 1 || mergeWorkers < 1) {
            throw new IllegalArgumentException("Invalid HNSW settings: " + maxConn + "/" + beamWidth + "/" + fanOut + "/" + oversample + "/" + mergeWorkers);
        }
    }

    public IndexSettings withFormat(VectorFormat newFormat) {
        return new IndexSettings(newFormat, maxConn, beamWidth, fanOut, newFormat.quantized() ? Math.max(oversample, 3) : 1, mergeWorkers);
    }

    public IndexSettings withGraph(int newMaxConn, int newBeamWidth) {
        return new IndexSettings(format, newMaxConn, newBeamWidth, fanOut, oversample, mergeWorkers);
    }

    public IndexSettings withSearch(int newFanOut, int newOversample) {
        return new IndexSettings(format, maxConn, beamWidth, newFanOut, newOversample, mergeWorkers);
    }

    public IndexSettings withMergeWorkers(int workers) {
        return new IndexSettings(format, maxConn, beamWidth, fanOut, oversample, workers);
    }

    /** How many candidates the graph search gathers for k results. */
    int candidates(int k) {
        return Math.max(k * oversample, Math.max(k, fanOut));
    }
}
