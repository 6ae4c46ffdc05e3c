package dev.fovea.search.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {
    @TempDir
    Path temp;

    private ModelStore store() {
        return new ModelStore(temp.resolve("home/models"));
    }

    private long entriesOfStore() throws IOException {
        if (!Files.isDirectory(store().root())) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(store().root())) {
            return entries.filter(path -> !path.getFileName().toString().equals("active"))
                    .count();
        }
    }

    @Test
    void importsAFoveaDirectoryAsACopyAndMakesTheFirstModelActive() throws IOException {
        Path source = FakeModels.foveaDirectory(temp.resolve("export"), "custom-a");
        ModelStore store = store();

        ModelDirectory installed = store.importFrom(source);

        assertThat(installed.path()).isEqualTo(store.root().resolve("custom-a"));
        assertThat(store.active()).map(ModelDirectory::id).contains("custom-a");
        Files.writeString(source.resolve("text_encoder.onnx"), "rewritten by a later export");
        ModelDirectory.open(installed.path()).verifyChecksums();
        assertThat(store.installed()).extracting(ModelDirectory::id).containsExactly("custom-a");
    }

    @Test
    void aSecondModelDoesNotChangeTheActiveOneUntilUsed() throws IOException {
        ModelStore store = store();
        store.importFrom(FakeModels.foveaDirectory(temp.resolve("a"), "custom-a"));
        store.importFrom(FakeModels.foveaDirectory(temp.resolve("b"), "custom-b"));

        assertThat(store.activeId()).contains("custom-a");
        store.use("Custom-B");
        assertThat(store.active()).map(ModelDirectory::id).contains("custom-b");
        assertThat(store.installed()).extracting(ModelDirectory::id).containsExactly("custom-a", "custom-b");
    }

    @Test
    void reimportingReplacesTheInstalledCopy() throws IOException {
        ModelStore store = store();
        Path source = FakeModels.foveaDirectory(temp.resolve("a"), "custom-a");
        store.importFrom(source);
        FakeModels.foveaDirectory(temp.resolve("a2"), "custom-a", "newer weights");
        ModelStore again = store();

        again.importFrom(temp.resolve("a2"));

        assertThat(Files.readString(again.root().resolve("custom-a/image_encoder.onnx")))
                .isEqualTo("newer weights");
        assertThat(entriesOfStore()).isEqualTo(1);
    }

    @Test
    void aDamagedDirectoryIsRefusedAndNothingIsInstalled() throws IOException {
        Path source = FakeModels.foveaDirectory(temp.resolve("export"), "custom-a");
        Files.writeString(source.resolve("image_encoder.onnx"), "truncat");
        ModelStore store = store();

        assertThatThrownBy(() -> store.importFrom(source))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("image_encoder.onnx")
                .hasMessageContaining("SHA-256");
        assertThat(store.installed()).isEmpty();
        assertThat(store.active()).isEmpty();
        assertThat(entriesOfStore()).isZero();
    }

    @Test
    void importErrorsNameTheUsersFileNotTheDeletedStagingCopy() throws IOException {
        Path source = FakeModels.foveaDirectory(temp.resolve("export"), "custom-a");
        Files.writeString(source.resolve("image_encoder.onnx"), "truncat");
        ModelStore damaged = store();
        ModelStore refusing = new ModelStore(
                temp.resolve("home/models"), dev.fovea.search.model.download.HubDownloader.standard(), staged -> {
                    throw new FoveaException(staged.path().resolve("text_encoder.onnx") + " does not load");
                });
        Path intact = FakeModels.foveaDirectory(temp.resolve("intact"), "custom-b");

        assertThatThrownBy(() -> damaged.importFrom(source))
                .hasMessageContaining(source.resolve("image_encoder.onnx").toString())
                .hasMessageNotContaining(".staging-");
        assertThatThrownBy(() -> refusing.importFrom(intact))
                .hasMessageStartingWith(intact.resolve("text_encoder.onnx") + " does not load")
                .hasMessageNotContaining(".staging-");
    }

    @Test
    void stagingFoldersLeftByADeadProcessAreCleanedUp() throws IOException {
        Path abandoned = Files.createDirectories(store().root().resolve(".staging-123"));
        Files.writeString(abandoned.resolve("image_encoder.onnx"), "half a file");
        Files.setLastModifiedTime(
                abandoned,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1))));

        store().importFrom(FakeModels.foveaDirectory(temp.resolve("a"), "custom-a"));

        assertThat(abandoned).doesNotExist();
        assertThat(entriesOfStore()).isEqualTo(1);
    }

    @Test
    void aModelTheInstallCheckRefusesIsNotInstalled() throws IOException {
        ModelStore store = new ModelStore(
                temp.resolve("home/models"), dev.fovea.search.model.download.HubDownloader.standard(), staged -> {
                    throw new FoveaException("towers do not load: " + staged.id());
                });

        assertThatThrownBy(() -> store.importFrom(FakeModels.foveaDirectory(temp.resolve("a"), "custom-a")))
                .isInstanceOf(FoveaException.class)
                .hasMessage("towers do not load: custom-a");
        assertThat(entriesOfStore()).isZero();
    }

    @Test
    void importsAHuggingFaceExportNamedByItsFolder() throws IOException {
        Path source = FakeModels.huggingFaceExport(temp.resolve("models--Xenova--mobileclip_s0/snapshots/abc"), 256);
        ModelStore store = store();

        ModelDirectory installed = store.importFrom(source);

        ModelManifest manifest = installed.manifest();
        assertThat(manifest.id()).isEqualTo("mobileclip-s0");
        assertThat(manifest.family()).isEqualTo(ModelFamily.MOBILECLIP);
        assertThat(manifest.tokenizer().type()).isEqualTo(ModelManifest.TokenizerFile.HF_TOKENIZER_JSON);
        assertThat(manifest.imageEncoder().input()).isEqualTo("pixel_values");
        assertThat(manifest.textEncoder().output()).isEqualTo("text_embeds");
        assertThat(manifest.imagePreprocessing())
                .isEqualTo(ModelRegistry.find("mobileclip-s0").orElseThrow().preprocessing());
        assertThat(Files.readString(installed.file(manifest.textEncoder().file())))
                .isEqualTo("text_model");
        assertThat(manifest.source()).contains("text tower fp32");
        installed.verifyChecksums();
    }

    @Test
    void theLongTrainingVariantIsToldFromPlainB() throws IOException {
        Path source = FakeModels.huggingFaceExport(temp.resolve("MobileCLIP-B-LT-onnx"), 224);

        assertThat(store().importFrom(source).id()).isEqualTo("mobileclip-blt");
    }

    @Test
    void siblingPrecisionsAreTakenOnlyWhenAsked() throws IOException {
        Path source = FakeModels.huggingFaceExport(temp.resolve("export"), 256);
        ImportOptions options =
                new ImportOptions(Optional.of("mobileclip-s2"), TowerPrecision.FP32, TowerPrecision.QUANTIZED);

        ModelDirectory installed = store().importFrom(source, options);

        assertThat(Files.readString(installed.file("text_encoder.onnx"))).isEqualTo("text_model_quantized");
        assertThat(Files.readString(installed.file("image_encoder.onnx"))).isEqualTo("vision_model");
        assertThat(installed.manifest().source()).contains("text tower quantized");
    }

    @Test
    void anExportWhoseVariantCannotBeToldIsRefusedWithTheWayOut() throws IOException {
        Path source = FakeModels.huggingFaceExport(temp.resolve("export"), 256);

        assertThatThrownBy(() -> store().importFrom(source))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("Cannot tell which MobileCLIP variant")
                .hasMessageContaining("--variant mobileclip-s2");
    }

    @Test
    void anExportWhosePreprocessingContradictsTheVariantIsRefused() throws IOException {
        Path source = FakeModels.huggingFaceExport(temp.resolve("mobileclip_s2"), 224);
        ModelStore store = store();

        assertThatThrownBy(() -> store.importFrom(source))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("preprocessor_config.json does not match MobileCLIP-S2")
                .hasMessageContaining("shortest_edge is 224");
        assertThat(entriesOfStore()).isZero();
    }

    @Test
    void mobileClip2ExportsAreNotGuessed() throws IOException {
        Path source = FakeModels.huggingFaceExport(temp.resolve("mobileclip2-onnx"), 256);

        assertThatThrownBy(() -> store().importFrom(source))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("MobileCLIP2")
                .hasMessageContaining("fovea_tools.export");
    }

    @Test
    void usingAModelThatIsNotInstalledSaysHowToGetIt() {
        assertThatThrownBy(() -> store().use("mobileclip-s2"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("fovea model download mobileclip-s2");
        assertThatThrownBy(() -> store().use("mine"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("fovea model import DIR");
        assertThatThrownBy(() -> store().use("../../etc"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("is not a model id");
    }

    @Test
    void aFolderWithoutAModelIsRefused() throws IOException {
        Files.createDirectories(temp.resolve("photos"));

        assertThatThrownBy(() -> store().importFrom(temp.resolve("photos")))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("holds no model");
    }
}
