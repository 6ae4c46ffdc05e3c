package dev.fovea.app.cli;

import dev.fovea.search.FoveaException;
import dev.fovea.search.query.QueryEncoder;
import java.nio.file.Path;

/**
 * The model as searching uses it: query texts and outside images to embeddings.
 * SEAM: wired to the ONNX encoders (dev.fovea.search.encoder.EmbeddingModel) once they are in this build.
 */
final class QueryModel implements QueryEncoder, AutoCloseable {
    private QueryModel() {}

    static QueryModel open(Path modelDirectory) {
        throw new FoveaException("This build has no model encoders yet, so " + modelDirectory + " cannot be used for searching.");
    }

    String id() {
        throw new UnsupportedOperationException();
    }

    int dimensions() {
        throw new UnsupportedOperationException();
    }

    @Override
    public float[] embedText(String text) {
        throw new UnsupportedOperationException();
    }

    @Override
    public float[] embedImage(Path image) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
}
