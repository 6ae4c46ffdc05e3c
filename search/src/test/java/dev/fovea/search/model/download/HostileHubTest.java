package dev.fovea.search.model.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import dev.fovea.search.model.ImportOptions;
import dev.fovea.search.model.ModelStore;
import dev.fovea.search.model.TowerPrecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub on 127.0.0.1 that understates sizes, keeps cutting the connection or resumes from the wrong byte: each
 * download ends within seconds with a message naming the file, and nothing is installed, half or whole.
 * (An endless body, a redirect to another host and plain http are in {@link DownloadSafetyTest}; bytes other
 * than the announced ones in {@link ModelStoreDownloadTest}.)
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileHubTest {
    private static final String REPO = "Xenova/mobileclip_s2";
    private static final String VISION_FILE = "onnx/vision_model.onnx";
    private static final byte[] VISION = FakeHub.randomBytes(300_000, 21);
    private static final ImportOptions XENOVA =
            new ImportOptions(Optional.empty(), TowerPrecision.FP32, TowerPrecision.QUANTIZED);

    @TempDir
    Path home;

    private FakeHub hub;
    private ModelStore store;

    @BeforeEach
    void startHub() throws IOException {
        hub = new FakeHub();
        hub.put(REPO, VISION_FILE, VISION);
        hub.put(REPO, "onnx/text_model_quantized.onnx", FakeHub.randomBytes(120_000, 22));
        hub.put(REPO, "tokenizer.json", "{\"model\": {}}".getBytes(StandardCharsets.UTF_8));
        hub.put(REPO, "preprocessor_config.json", """
                {"crop_size": 256, "do_center_crop": true, "do_normalize": false, "resample": 2, "size": {"shortest_edge": 256}}
                """.getBytes(StandardCharsets.UTF_8));
        store = new ModelStore(
                home.resolve("models"), new HubDownloader(hub.uri(), Duration.ofSeconds(2), Duration.ofSeconds(2), 2));
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    @Test
    void aHubAnnouncingLessThanItSendsIsCutOffAtTheAnnouncedSize() throws IOException {
        hub.announceSize(REPO, VISION_FILE, Integer.toString(VISION.length / 2));

        assertRefusedAndNothingInstalled("vision_model.onnx");
    }

    @Test
    void aConnectionCutOnEveryAttemptEndsAfterTheRetries() throws IOException {
        hub.dropEveryTime(REPO, VISION_FILE, 50_000);

        assertRefusedAndNothingInstalled("vision_model.onnx");
    }

    @Test
    void aResumeFromTheWrongByteIsRefused() throws IOException {
        hub.dropEveryTime(REPO, VISION_FILE, 50_000);
        hub.resumeAt(REPO, VISION_FILE, 7);

        assertRefusedAndNothingInstalled("vision_model.onnx");
    }

    /** The bytes are checked against the hub's SHA-256: a size that overstates them or is no number is harmless. */
    @Test
    void aSizeThatOverstatesTheFileOrIsNoNumberLeavesTheDigestToDecide() {
        for (String size : new String[] {Integer.toString(VISION.length * 2), "lots"}) {
            hub.announceSize(REPO, VISION_FILE, size);

            assertThat(store.download("mobileclip-s2", XENOVA, DownloadProgress.NONE)
                            .file("image_encoder.onnx"))
                    .as(size)
                    .hasBinaryContent(VISION);
        }
    }

    private void assertRefusedAndNothingInstalled(String file) throws IOException {
        assertThatThrownBy(() -> store.download("mobileclip-s2", XENOVA, DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining(file)
                .hasMessageNotContaining("Exception");
        assertThat(store.installed()).isEmpty();
        assertThat(store.active()).isEmpty();
        try (Stream<Path> entries = Files.list(home.resolve("models"))) {
            assertThat(entries.map(path -> path.getFileName().toString())).allMatch(name -> name.equals(".downloads"));
        }
    }
}
