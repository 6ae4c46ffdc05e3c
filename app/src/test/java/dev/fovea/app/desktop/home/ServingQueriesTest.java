package dev.fovea.app.desktop.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fovea.search.FoveaException;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serving search's model: loaded at the first query to embed, not when the search opens. */
class ServingQueriesTest {
    @TempDir
    Path work;

    @Test
    void nothingIsLoadedUntilTheFirstQuery() throws IOException {
        // A model whose towers cannot load: opening the search over it must not try (listing needs no model).
        Path broken = Files.createDirectories(work.resolve("broken"));
        try (Stream<Path> files = Files.list(TestData.fixtureModel())) {
            for (Path file : files.toList()) {
                Path copy = broken.resolve(file.getFileName());
                Files.copy(file, copy);
                if (copy.toString().endsWith(".onnx")) {
                    Files.writeString(copy, "not a model");
                }
            }
        }
        ModelDirectory directory = ModelDirectory.open(broken);
        try (SharedModels models = new SharedModels();
                ServingQueries queries = new ServingQueries(models, directory)) {
            assertThatThrownBy(() -> queries.embedText("red")).isInstanceOf(FoveaException.class);
        }
    }

    @Test
    void queriesEmbedAsTheModelDoes() {
        ModelDirectory directory = ModelDirectory.open(TestData.fixtureModel());
        try (SharedModels models = new SharedModels();
                ServingQueries queries = new ServingQueries(models, directory);
                EmbeddingModel direct = EmbeddingModel.open(directory)) {
            assertThat(queries.embedText("red")).containsExactly(direct.embedText("red"), within(1e-6f));
        }
    }
}
