package dev.fovea.search.model.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import dev.fovea.search.model.ImportOptions;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.model.ModelStore;
import dev.fovea.search.model.TowerPrecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreDownloadTest {
    private static final String S2 = "Xenova/mobileclip_s2";
    private static final byte[] VISION = FakeHub.randomBytes(250_000, 3);
    /** Xenova's export is what a quantized text tower still comes from; fp32 MobileCLIP-S2 is assembled. */
    private static final ImportOptions XENOVA =
            new ImportOptions(Optional.empty(), TowerPrecision.FP32, TowerPrecision.QUANTIZED);

    @TempDir
    Path home;

    private FakeHub hub;
    private ModelStore store;

    @BeforeEach
    void startHub() throws IOException {
        hub = new FakeHub();
        hub.put(S2, "onnx/vision_model.onnx", VISION);
        hub.put(S2, "onnx/text_model_quantized.onnx", FakeHub.randomBytes(120_000, 4));
        hub.put(S2, "tokenizer.json", "{\"model\": {}}".getBytes(StandardCharsets.UTF_8));
        hub.put(S2, "preprocessor_config.json", """
                {"crop_size": 256, "do_center_crop": true, "do_normalize": false, "resample": 2, "size": {"shortest_edge": 256}}
                """.getBytes(StandardCharsets.UTF_8));
        store = new ModelStore(
                home.resolve("models"), new HubDownloader(hub.uri(), Duration.ofSeconds(2), Duration.ofSeconds(5), 2));
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    @Test
    void downloadsVerifiesAndInstallsTheDefaultVariant() throws IOException {
        ModelDirectory installed = store.download("mobileclip-s2", XENOVA, DownloadProgress.NONE);

        assertThat(installed.id()).isEqualTo("mobileclip-s2");
        assertThat(store.active()).map(ModelDirectory::id).contains("mobileclip-s2");
        assertThat(Files.readAllBytes(installed.file("image_encoder.onnx"))).isEqualTo(VISION);
        assertThat(installed.manifest().source()).contains(S2 + "@" + FakeHub.COMMIT);
        installed.verifyChecksums();
        try (var leftovers = Files.list(home.resolve("models/.downloads"))) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void aCorruptDownloadInstallsNothing() {
        byte[] tampered = VISION.clone();
        tampered[0] ^= 0x55;
        hub.corrupt(S2, "onnx/vision_model.onnx", tampered);

        assertThatThrownBy(() -> store.download("mobileclip-s2", XENOVA, DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("nothing was installed");
        assertThat(store.installed()).isEmpty();
        assertThat(store.active()).isEmpty();
        assertThat(home.resolve("models/mobileclip-s2")).doesNotExist();
    }

    @Test
    void unknownVariantsAreRefused() {
        assertThatThrownBy(() -> store.download("nonsense", DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("Unknown model variant");
    }
}
