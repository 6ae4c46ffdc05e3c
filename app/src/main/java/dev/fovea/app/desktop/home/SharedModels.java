package dev.fovea.app.desktop.home;

import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.model.ModelDirectory;
import java.util.HashMap;
import java.util.Map;

/**
 * The models the app has loaded, each once however many parts use it: indexing and search normally share
 * the active model (a MobileCLIP model is hundreds of megabytes in memory); while a new model catches up,
 * search keeps the old one. A model closes when its last user lets it go.
 */
final class SharedModels implements AutoCloseable {

    /** One user's hold on a loaded model; closing it lets the model go. */
    final class Lease implements AutoCloseable {
        private final Loaded loaded;
        private boolean closed;

        private Lease(Loaded loaded) {
            this.loaded = loaded;
        }

        EmbeddingModel model() {
            return loaded.model;
        }

        @Override
        public void close() {
            synchronized (SharedModels.this) {
                if (!closed) {
                    closed = true;
                    release(loaded);
                }
            }
        }
    }

    private static final class Loaded {
        private final EmbeddingModel model;
        private int users;

        private Loaded(EmbeddingModel model) {
            this.model = model;
        }
    }

    private final Map<String, Loaded> loaded = new HashMap<>();

    /** The model of this directory, loaded now unless another part of the app holds it already. */
    synchronized Lease acquire(ModelDirectory directory) {
        Loaded model = loaded.get(directory.id());
        if (model == null) {
            model = new Loaded(EmbeddingModel.open(directory));
            loaded.put(directory.id(), model);
        }
        model.users++;
        return new Lease(model);
    }

    private void release(Loaded model) {
        if (--model.users == 0) {
            loaded.values().remove(model);
            model.model.close();
        }
    }

    /** Closes whatever is still loaded, when the app closes. */
    @Override
    public synchronized void close() {
        loaded.values().forEach(model -> model.model.close());
        loaded.clear();
    }
}
