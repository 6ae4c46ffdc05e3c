package dev.fovea.app.desktop.models;

import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.ModelManager;
import dev.fovea.app.desktop.backend.ModelOffer;
import dev.fovea.app.desktop.background.ProgressTask;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;

/**
 * The download of an offered model as a cancellable task whose progress reads "120 MB of 300 MB · 25 MB/s";
 * cancelling interrupts the download, which leaves nothing half-installed.
 */
public final class ModelDownloadTask {
    private ModelDownloadTask() {}

    public static ProgressTask<InstalledModel> of(ModelManager models, ModelOffer offer, Texts texts) {
        Formats formats = new Formats(texts);
        return new ProgressTask<>(progress -> models.download(offer.id(), (bytes, total, rate) -> {
            long expected = total > 0 ? total : offer.downloadBytes();
            progress.update(
                    (double) bytes,
                    (double) expected,
                    texts.format(
                            "welcome.model.progress",
                            formats.bytes(bytes),
                            formats.bytes(expected),
                            formats.bytes((long) rate)));
        }));
    }
}
