package dev.fovea.search.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDirectoryTest {
    @TempDir
    Path temp;

    @Test
    void opensADirectoryWhoseFilesAreThere() throws IOException {
        Path dir = FakeModels.foveaDirectory(temp.resolve("m"), "custom");

        ModelDirectory model = ModelDirectory.open(dir);

        assertThat(model.id()).isEqualTo("custom");
        assertThat(model.file("text_encoder.onnx")).isEqualTo(dir.resolve("text_encoder.onnx"));
        assertThat(model.sizeInBytes())
                .isEqualTo(Files.size(dir.resolve("image_encoder.onnx"))
                        + Files.size(dir.resolve("text_encoder.onnx"))
                        + Files.size(dir.resolve("vocab.txt")));
        model.verifyChecksums();
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path dir = FakeModels.foveaDirectory(temp.resolve("m"), "custom");
        Files.delete(dir.resolve("text_encoder.onnx"));

        assertThatThrownBy(() -> ModelDirectory.open(dir))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("text_encoder.onnx")
                .hasMessageContaining("is missing");
    }

    @Test
    void aDirectoryWithoutManifestIsNotAModel() throws IOException {
        Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> ModelDirectory.open(temp.resolve("empty")))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("is not a model directory")
                .hasMessageContaining("fovea-model.json");
        assertThatThrownBy(() -> ModelDirectory.open(temp.resolve("absent")))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aSymbolicLinkOutOfTheDirectoryIsRefused() throws IOException {
        Path dir = FakeModels.foveaDirectory(temp.resolve("m"), "custom");
        Path outside = temp.resolve("outside.onnx");
        Files.move(dir.resolve("image_encoder.onnx"), outside);
        Files.createSymbolicLink(dir.resolve("image_encoder.onnx"), outside);

        assertThatThrownBy(() -> ModelDirectory.open(dir))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("leads outside the model directory");
    }

    @Test
    void verifyingNamesTheFileThatChanged() throws IOException {
        Path dir = FakeModels.foveaDirectory(temp.resolve("m"), "custom");
        Files.writeString(dir.resolve("text_encoder.onnx"), "tampered");
        ModelDirectory model = ModelDirectory.open(dir);

        assertThatThrownBy(model::verifyChecksums)
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining(dir.resolve("text_encoder.onnx").toString())
                .hasMessageContaining("text_encoder.sha256");
    }

    @Test
    void filesOutsideTheDirectoryCannotBeAddressed() throws IOException {
        ModelDirectory model = ModelDirectory.open(FakeModels.foveaDirectory(temp.resolve("m"), "custom"));

        assertThatThrownBy(() -> model.file("../x"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("outside the model directory");
    }
}
