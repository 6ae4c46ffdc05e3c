package dev.fovea.app.desktop.home;

import dev.fovea.app.desktop.backend.DownloadListener;
import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.ModelManager;
import dev.fovea.app.desktop.backend.ModelOffer;
import dev.fovea.search.model.HubSources;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.model.ModelRegistry;
import dev.fovea.search.model.ModelStore;
import dev.fovea.search.model.ModelVariant;
import dev.fovea.search.model.PublishedFacts;
import dev.fovea.search.model.SpeedProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The desktop app's view of the home's model store. */
public final class StoreModels implements ModelManager {
    /** Long enough for a steady figure, short enough not to be noticed while the first-run page opens. */
    private static final Duration PROBE = Duration.ofMillis(400);

    private final ModelStore store;

    public StoreModels(ModelStore store) {
        this.store = store;
    }

    @Override
    public List<ModelOffer> offers() {
        List<String> offered = HubSources.downloadable();
        SpeedProbe.Result speed = SpeedProbe.measure(PROBE);
        String recommended = speed.recommend(offered);
        return offered.stream()
                .map(id -> new ModelOffer(
                        id,
                        ModelRegistry.find(id).map(ModelVariant::displayName).orElse(id),
                        HubSources.approximateBytes(id),
                        id.equals(recommended),
                        id.equals(SpeedProbe.SLOW_CHOICE) && !id.equals(recommended),
                        PublishedFacts.of(id)
                                .map(PublishedFacts.Facts::imageNetZeroShot)
                                .orElse(0.0),
                        speed.estimatedMillisPerPhoto(id)))
                .sorted(Comparator.comparing(ModelOffer::recommended)
                        .reversed()
                        .thenComparing(ModelOffer::light, Comparator.reverseOrder()))
                .toList();
    }

    @Override
    public List<InstalledModel> installed() {
        return store.installed().stream().map(StoreModels::installed).toList();
    }

    @Override
    public Optional<InstalledModel> active() {
        return store.active().map(StoreModels::installed);
    }

    @Override
    public void use(String modelId) {
        store.use(modelId);
    }

    @Override
    public InstalledModel importFrom(Path folder) {
        return installed(store.importFrom(folder));
    }

    @Override
    public InstalledModel download(String modelId, DownloadListener listener) {
        return installed(store.download(modelId, (file, done, total, rate) -> listener.onProgress(done, total, rate)));
    }

    private static InstalledModel installed(ModelDirectory directory) {
        return new InstalledModel(
                directory.id(),
                directory.manifest().displayName(),
                directory.sizeInBytes(),
                directory.manifest().randomWeights());
    }
}
