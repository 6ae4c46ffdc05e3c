package dev.fovea.app.desktop.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.app.desktop.backend.DownloadListener;
import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.ModelManager;
import dev.fovea.app.desktop.backend.ModelOffer;
import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Models as the model store offers them: three downloads (simulated, with progress) and imports of a model
 * directory, read from its real fovea-model.json (the fixture model's, in the first-run test).
 */
public final class FakeModels implements ModelManager {
    private final List<InstalledModel> installed = new CopyOnWriteArrayList<>();
    private volatile InstalledModel active;
    private final long downloadMillis;

    public FakeModels(long downloadMillis) {
        this.downloadMillis = downloadMillis;
    }

    public FakeModels withActive(InstalledModel model) {
        installed.add(model);
        active = model;
        return this;
    }

    @Override
    public List<ModelOffer> offers() {
        return List.of(
                new ModelOffer("mobileclip2-s2", "MobileCLIP2-S2", 398_000_000L, true, false, 77.2, 64),
                new ModelOffer("mobileclip2-s0", "MobileCLIP2-S0", 300_000_000L, false, true, 71.5, 19),
                new ModelOffer("mobileclip2-s4", "MobileCLIP2-S4", 1_783_000_000L, false, false, 81.9, 348));
    }

    @Override
    public List<InstalledModel> installed() {
        return List.copyOf(installed);
    }

    @Override
    public Optional<InstalledModel> active() {
        return Optional.ofNullable(active);
    }

    @Override
    public void use(String modelId) {
        active = installed.stream()
                .filter(model -> model.id().equals(modelId))
                .findFirst()
                .orElseThrow(() -> new FoveaException("No installed model " + modelId));
    }

    @Override
    public InstalledModel importFrom(Path folder) {
        Path manifest = folder.resolve("fovea-model.json");
        if (!Files.isRegularFile(manifest)) {
            throw new FoveaException(folder + " is not a model folder: it has no fovea-model.json.");
        }
        try {
            JsonNode json = new ObjectMapper().readTree(manifest.toFile());
            InstalledModel model = new InstalledModel(
                    json.path("id").asText(),
                    json.path("display_name").asText(json.path("id").asText()),
                    Files.walk(folder)
                            .filter(Files::isRegularFile)
                            .mapToLong(FakeModels::size)
                            .sum(),
                    json.path("random_weights").asBoolean(false));
            installed.add(model);
            return model;
        } catch (IOException e) {
            throw new FoveaException("Cannot read " + manifest + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InstalledModel download(String modelId, DownloadListener listener) {
        ModelOffer offer = offers().stream()
                .filter(candidate -> candidate.id().equals(modelId))
                .findFirst()
                .orElseThrow();
        int steps = 20;
        try {
            for (int step = 1; step <= steps; step++) {
                Thread.sleep(downloadMillis / steps);
                listener.onProgress(offer.downloadBytes() * step / steps, offer.downloadBytes(), 25_000_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FoveaException("Download of " + modelId + " cancelled.");
        }
        InstalledModel model = new InstalledModel(modelId, offer.displayName(), offer.downloadBytes(), false);
        installed.add(model);
        return model;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
