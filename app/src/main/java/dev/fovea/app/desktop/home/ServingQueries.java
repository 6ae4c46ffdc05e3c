package dev.fovea.app.desktop.home;

import dev.fovea.indexer.embed.QueryModel;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.query.QueryEncoder;
import java.nio.file.Path;
import java.util.List;

/**
 * The model as one serving search embeds queries with, loaded at the first text or image to embed: listing the
 * library needs no model, so the first photos do not wait for its towers, its tokenizer and ONNX Runtime to load.
 * The search's warm-up ({@link HomeSearch#warmUp}) loads it ahead, so the first keystroke finds it ready.
 */
final class ServingQueries implements QueryEncoder, AutoCloseable {
    private final SharedModels models;
    private final ModelDirectory directory;
    private SharedModels.Lease lease;
    private QueryModel queries;

    ServingQueries(SharedModels models, ModelDirectory directory) {
        this.models = models;
        this.directory = directory;
    }

    @Override
    public float[] embedText(String text) {
        return model().embedText(text);
    }

    @Override
    public float[][] embedTexts(List<String> texts) {
        return model().embedTexts(texts);
    }

    @Override
    public float[] embedImage(Path image) {
        return model().embedImage(image);
    }

    private synchronized QueryModel model() {
        if (queries == null) {
            lease = models.acquire(directory);
            queries = new QueryModel(lease.model());
        }
        return queries;
    }

    /** Lets the model go, if it was ever loaded; called once no search uses it any more. */
    @Override
    public synchronized void close() {
        if (lease != null) {
            lease.close();
        }
    }
}
