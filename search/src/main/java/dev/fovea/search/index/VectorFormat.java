package dev.fovea.search.index;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene102.Lucene102HnswBinaryQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * How the HNSW graph's vectors are stored and compared. The quantized formats keep the full-precision
 * vectors beside the quantized ones, and their candidates are rescored with those.
 */
public enum VectorFormat {
    FLOAT32(false),
    INT7(true),
    INT4(true),
    BBQ(true);

    private final boolean quantized;

    VectorFormat(boolean quantized) {
        this.quantized = quantized;
    }

    public boolean quantized() {
        return quantized;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VectorFormat parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    KnnVectorsFormat luceneFormat(int maxConn, int beamWidth, int mergeWorkers, ExecutorService mergeExecutor) {
        return switch (this) {
            case FLOAT32 -> new Lucene99HnswVectorsFormat(maxConn, beamWidth, mergeWorkers, mergeExecutor);
            case INT7 ->
                new Lucene99HnswScalarQuantizedVectorsFormat(
                        maxConn, beamWidth, mergeWorkers, 7, false, null, mergeExecutor);
            case INT4 ->
                new Lucene99HnswScalarQuantizedVectorsFormat(
                        maxConn, beamWidth, mergeWorkers, 4, true, null, mergeExecutor);
            case BBQ -> new Lucene102HnswBinaryQuantizedVectorsFormat(maxConn, beamWidth, mergeWorkers, mergeExecutor);
        };
    }
}
