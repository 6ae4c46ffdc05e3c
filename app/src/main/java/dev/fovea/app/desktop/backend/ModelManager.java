package dev.fovea.app.desktop.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The installed models, the active one, and how to get more. */
public interface ModelManager {

    /** Models that can be downloaded, the recommended one first. */
    List<ModelOffer> offers();

    List<InstalledModel> installed();

    Optional<InstalledModel> active();

    void use(String modelId);

    InstalledModel importFrom(Path folder);

    /** Blocks until installed; an interrupt cancels it and leaves nothing half-installed. */
    InstalledModel download(String modelId, DownloadListener listener);
}
