package dev.fovea.search.model.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import dev.fovea.search.model.HubSources;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.model.ModelStore;
import dev.fovea.testing.CalibratedCheckpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fovea model download mobileclip2-s0} against a hub on 127.0.0.1 that serves the official repository's URL
 * layout (what HF_ENDPOINT points at): the transfer is cut half-way, the next run resumes it with a Range request,
 * and the installed towers are byte for byte those of importing the same checkpoint by hand, which
 * CheckpointParityTest proves equal to PyTorch.
 */
class CheckpointDownloadTest {
    private static final String REPOSITORY = "timm/MobileCLIP2-S0-OpenCLIP";

    @TempDir
    Path temp;

    @Test
    void anInterruptedCheckpointDownloadResumesAndInstallsWhatAnImportWould() throws IOException {
        Path checkpoint = CalibratedCheckpoints.of("mobileclip2-s0", "MobileCLIP2-S0", "safetensors");
        byte[] bytes = Files.readAllBytes(checkpoint);
        try (FakeHub hub = new FakeHub()) {
            hub.put(REPOSITORY, HubSources.CHECKPOINT_FILE, bytes);
            hub.dropOnce(REPOSITORY, HubSources.CHECKPOINT_FILE, bytes.length / 3);
            ModelStore store = new ModelStore(
                    temp.resolve("home/models"),
                    new HubDownloader(hub.uri(), Duration.ofSeconds(5), Duration.ofSeconds(20), 1));

            assertThatThrownBy(() -> store.download("mobileclip2-s0", DownloadProgress.NONE))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("Run the same command again to resume");
            assertThat(store.installed()).isEmpty();

            ModelDirectory downloaded = store.download("mobileclip2-s0", DownloadProgress.NONE);

            // The resume starts where the partial file ends: after what was flushed to disk before the cut,
            // which is at most what the server sent.
            assertThat(hub.rangeRequests).singleElement().asString().contains(HubSources.CHECKPOINT_FILE + " bytes=");
            String range = hub.rangeRequests.getFirst();
            long resumedAt = Long.parseLong(range.substring(range.indexOf("bytes=") + 6, range.length() - 1));
            assertThat(resumedAt).isPositive().isLessThanOrEqualTo(bytes.length / 3);
            assertThat(downloaded.manifest().source())
                    .contains(REPOSITORY + "@095906d28bf54d7584dc411e8ffe448f34289e05")
                    .contains(Sha256.of(checkpoint));
            downloaded.verifyChecksums();
            ModelDirectory imported =
                    new ModelStore(temp.resolve("other/models")).importCheckpoint(checkpoint, Optional.empty(), "test");
            for (String tower : new String[] {"image_encoder.onnx", "text_encoder.onnx"}) {
                assertThat(Sha256.of(downloaded.file(tower))).as(tower).isEqualTo(Sha256.of(imported.file(tower)));
            }
            try (var leftovers = Files.list(temp.resolve("home/models/.downloads"))) {
                assertThat(leftovers).isEmpty();
            }
        }
    }
}
