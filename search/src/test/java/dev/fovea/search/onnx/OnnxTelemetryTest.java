package dev.fovea.search.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OnnxTelemetryTest {
    @Test
    void onnxRuntimeRecordsNoDeviceIdWhileEmbedding() {
        String cache = System.getenv("XDG_CACHE_HOME");
        assumeTrue(cache != null, "Skipped: surefire sets XDG_CACHE_HOME for this check");

        try (EmbeddingModel model = EmbeddingModel.open(ModelDirectory.open(TestData.fixtureModel()))) {
            assertThat(model.embedText("red")).isNotEmpty();
        }

        assertThat(Files.exists(Path.of(cache, "Microsoft")))
                .as("ONNX Runtime's device id folder")
                .isFalse();
    }
}
