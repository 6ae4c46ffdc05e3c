package dev.fovea.app.setup;

import dev.fovea.indexer.FoveaHome;
import dev.fovea.search.FoveaException;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.model.ModelStore;
import dev.fovea.search.model.SpeedProbe;
import dev.fovea.search.model.download.HubDownloader;
import dev.fovea.search.model.download.HuggingFaceCache;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which model a command uses: {@code --model-dir DIR} as is, else the home's active model, else an error that
 * says how to get one. Every command that embeds asks here, so the rule lives in one place.
 */
public final class ModelResolver {
    private ModelResolver() {}

    public static ModelDirectory resolve(Optional<Path> modelDir, FoveaHome home) {
        if (modelDir.isPresent()) {
            return ModelDirectory.open(modelDir.get());
        }
        ModelStore store = store(home);
        Optional<String> activeId = store.activeId();
        if (activeId.isEmpty()) {
            throw new FoveaException(
                    "No model installed in " + store.root() + " yet. Get one with `fovea model download` (it picks "
                            + SpeedProbe.FAST_CHOICE + " or, on slow computers, " + SpeedProbe.SLOW_CHOICE
                            + ") or `fovea model import DIR`; or pass --model-dir DIR.");
        }
        return store.find(activeId.get())
                .orElseThrow(() -> new FoveaException("The active model " + activeId.get() + " is no longer in "
                        + store.root() + ". Choose another with `fovea model use VARIANT` (see `fovea model list`)."));
    }

    /** The home's model store; it installs only models whose towers load. */
    public static ModelStore store(FoveaHome home) {
        return new ModelStore(
                home.models(),
                HubDownloader.standard(),
                EmbeddingModel::checkLoads,
                HuggingFaceCache.standard(System.getenv(), Path.of(System.getProperty("user.home"))));
    }
}
