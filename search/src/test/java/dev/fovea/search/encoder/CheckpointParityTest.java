package dev.fovea.search.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.model.ModelRegistry;
import dev.fovea.search.model.ModelStore;
import dev.fovea.testing.CalibratedCheckpoints;
import dev.fovea.testing.CalibratedModels;
import dev.fovea.testing.PythonTools;
import dev.fovea.testing.Sensitivity;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A model Fovea assembles from an open_clip checkpoint embeds exactly as PyTorch's open_clip does with that
 * checkpoint: open_clip builds the variant with seeded "calibrated" weights (tools/fovea_tools/calibrated.py:
 * layer scales and batch-norm statistics that make distinct inputs embed far apart, so a wrong fusion or a
 * misplaced tensor shows) and saves its state dict; Fovea imports the file with no Python; token ids must be
 * identical and 1 - cosine at most 1e-6 for texts and PNG pictures. Checkpoints are cached per build under
 * target/parity-checkpoints. Skipped without tools/.venv.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckpointParityTest {
    private static final double MAX_DISTANCE = 1e-6;
    private static final List<String> TEXTS = List.of(
            "a photo of a dog",
            "crème brûlée on a plate",
            "",
            "2021 trip to NYC, 3 friends & 1 cat 🐈",
            "a very long query " + "with many words ".repeat(30));

    @TempDir
    Path home;

    private final List<Path> pictures = new ArrayList<>();

    @BeforeAll
    void writePictures() throws IOException {
        TestData.python();
        Path dir = TestData.repoRoot().resolve("search/target/checkpoint-parity-images");
        Files.createDirectories(dir);
        int[][] sizes = {{640, 480}, {300, 500}, {256, 256}};
        for (int i = 0; i < sizes.length; i++) {
            Path file = dir.resolve("picture-" + i + ".png");
            ImageIO.write(ModelParityTest.picture(sizes[i][0], sizes[i][1], 11 + i), "png", file.toFile());
            pictures.add(file);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "mobileclip2-s0, safetensors",
        "mobileclip2-s0, bin",
        "mobileclip-s2, safetensors",
        "mobileclip2-b, safetensors",
        "mobileclip2-s3, safetensors"
    })
    void anAssembledModelEmbedsAsPyTorchDoesWithTheSameCheckpoint(String variant, String format) throws IOException {
        Path checkpoint = calibratedCheckpoint(variant, format);
        ModelDirectory installed = new ModelStore(home.resolve("models-" + format))
                .importCheckpoint(checkpoint, Optional.of(variant), "test");

        List<String> arguments = new ArrayList<>(List.of(
                "embed", "--model-dir", installed.path().toString(), "--weights", checkpoint.toString(), "--text"));
        arguments.addAll(TEXTS);
        arguments.add("--image");
        pictures.forEach(file -> arguments.add(file.toString()));
        JsonNode reference =
                new ObjectMapper().readTree(PythonTools.run("reference", arguments.toArray(String[]::new)));

        try (EmbeddingModel model = EmbeddingModel.open(installed, EncoderOptions.threads(2))) {
            float[][] texts = model.embedTexts(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                JsonNode expected = reference.path("texts").get(i);
                assertThat(model.tokenizer().encode(TEXTS.get(i)))
                        .as("token ids of '%s'", TEXTS.get(i))
                        .containsExactly(ModelParityTest.ints(expected.path("token_ids")));
                check(variant + " " + format + " text '" + TEXTS.get(i) + "'", texts[i], expected.path("embedding"));
            }
            List<PixelImage> pixels = new ArrayList<>();
            for (Path file : pictures) {
                pixels.add(ModelParityTest.read(file));
            }
            float[][] images = model.embedImages(pixels);
            for (int i = 0; i < pictures.size(); i++) {
                check(
                        variant + " " + format + " picture " + pictures.get(i).getFileName(),
                        images[i],
                        reference.path("images").get(i).path("embedding"));
            }
        }
    }

    private static void check(String what, float[] actual, JsonNode expected) {
        double distance = 1 - Sensitivity.cosine(actual, CalibratedModels.floats(expected));
        System.out.printf(Locale.ROOT, "checkpoint parity %-60.60s 1 - cosine = %.2e%n", what, distance);
        assertThat(distance).as(what).isLessThanOrEqualTo(MAX_DISTANCE);
    }

    static Path calibratedCheckpoint(String variant, String format) {
        String openClipName =
                ModelRegistry.find(variant).orElseThrow().openClipName().orElseThrow();
        return CalibratedCheckpoints.of(variant, openClipName, format);
    }
}
