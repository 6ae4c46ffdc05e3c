package dev.fovea.search.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fovea.search.FoveaException;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoder against tiny generated towers (search/src/test/onnx-cases, made by make_cases.py there). */
class EmbeddingModelTest {
    private static final Path CASES = TestData.repoRoot().resolve("search/src/test/onnx-cases");

    @TempDir
    Path temp;

    private static ModelDirectory toy() {
        return ModelDirectory.open(CASES.resolve("toy"));
    }

    /** The toy model with one tower swapped for another file. */
    private ModelDirectory toyWith(String towerFile, Path replacement) throws IOException {
        Path dir = temp.resolve("model");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(CASES.resolve("toy"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(replacement, dir.resolve(towerFile), StandardCopyOption.REPLACE_EXISTING);
        return ModelDirectory.open(dir);
    }

    private static PixelImage solid(int width, int height, int r, int g, int b) {
        byte[] pixels = new byte[width * height * 3];
        for (int i = 0; i < pixels.length; i += 3) {
            pixels[i] = (byte) r;
            pixels[i + 1] = (byte) g;
            pixels[i + 2] = (byte) b;
        }
        return new PixelImage(width, height, PixelLayout.RGB, pixels);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    @Test
    void embedsTextsAsUnitVectorsAndBatchesGiveTheSameVectors() {
        try (EmbeddingModel model = EmbeddingModel.open(toy(), EncoderOptions.threads(1))) {
            assertThat(model.id()).isEqualTo("toy");
            assertThat(model.dimensions()).isEqualTo(4);

            float[][] batch = model.embedTexts(List.of("hello", "a red car", "hello"));

            assertThat(batch).hasNumberOfRows(3);
            for (float[] vector : batch) {
                assertThat(vector).hasSize(4);
                assertThat(dot(vector, vector)).isCloseTo(1.0, within(1e-5));
            }
            assertThat(batch[2]).containsExactly(batch[0]);
            assertThat(model.embedText("a red car")).containsExactly(batch[1], within(1e-6f));
            assertThat(dot(batch[0], batch[1])).isLessThan(0.9999);
        }
    }

    @Test
    void embedsImagesInOneBatchAsEachAlone() {
        try (EmbeddingModel model = EmbeddingModel.open(toy(), EncoderOptions.threads(2))) {
            List<PixelImage> images =
                    List.of(solid(40, 30, 200, 10, 10), solid(16, 16, 10, 200, 10), solid(8, 12, 10, 10, 200));

            float[][] together = model.embedImages(images);

            assertThat(together).hasNumberOfRows(3);
            for (int i = 0; i < images.size(); i++) {
                assertThat(model.embedImages(List.of(images.get(i)))[0]).containsExactly(together[i], within(1e-6f));
                assertThat(dot(together[i], together[i])).isCloseTo(1.0, within(1e-5));
            }
            assertThat(dot(together[0], together[1])).isLessThan(0.999);
        }
    }

    @Test
    void embedsPreprocessedBatchesFromALargerArray() {
        try (EmbeddingModel model = EmbeddingModel.open(toy(), EncoderOptions.threads(1))) {
            int length = model.imageTensorLength();
            float[] nchw = new float[length * 5];
            for (int i = 0; i < 2 * length; i++) {
                nchw[i] = (i % 7) / 7f;
            }

            float[][] two = model.embedPreprocessed(nchw, 2);
            float[][] first = model.embedPreprocessed(Arrays.copyOf(nchw, length), 1);

            assertThat(two).hasNumberOfRows(2);
            assertThat(first[0]).containsExactly(two[0], within(1e-6f));
            assertThatThrownBy(() -> model.embedPreprocessed(nchw, 6)).isInstanceOf(IllegalArgumentException.class);
            assertThat(model.embedPreprocessed(nchw, 0)).isEmpty();
        }
    }

    @Test
    void aTextTowerTakingInt32IdsIsFedInt32() throws IOException {
        float[] reference;
        try (EmbeddingModel model = EmbeddingModel.open(toy())) {
            reference = model.embedText("hello world");
        }
        try (EmbeddingModel model =
                EmbeddingModel.open(toyWith("text_encoder.onnx", CASES.resolve("broken/text_int32.onnx")))) {
            assertThat(model.embedText("hello world")).containsExactly(reference, within(1e-6f));
        }
    }

    @Test
    void anOutputOfTheWrongSizeIsRefusedAtOpen() throws IOException {
        ModelDirectory dir = toyWith("image_encoder.onnx", CASES.resolve("broken/image_wrong_dims.onnx"));

        assertThatThrownBy(() -> EmbeddingModel.open(dir))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining(dir.file("image_encoder.onnx").toString())
                .hasMessageContaining("expected FLOAT [batch, 4]");
    }

    @Test
    void anOutputOfTheWrongRankIsRefusedAtOpen() throws IOException {
        ModelDirectory dir = toyWith("image_encoder.onnx", CASES.resolve("broken/image_rank3_output.onnx"));

        assertThatThrownBy(() -> EmbeddingModel.open(dir))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("[?, 1, 4]");
    }

    @Test
    void aMissingOutputNameIsRefusedAtOpen() throws IOException {
        ModelDirectory dir = toyWith("image_encoder.onnx", CASES.resolve("broken/image_wrong_output_name.onnx"));

        assertThatThrownBy(() -> EmbeddingModel.open(dir))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("has no output 'image_embeds'")
                .hasMessageContaining("features");
    }

    @Test
    void anInputFoveaDoesNotFeedIsRefusedAtOpen() throws IOException {
        ModelDirectory dir = toyWith("text_encoder.onnx", CASES.resolve("broken/text_extra_input.onnx"));

        assertThatThrownBy(() -> EmbeddingModel.open(dir))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("attention_mask");
    }

    @Test
    void anUndeclaredWrongSizeIsCaughtAtTheFirstRun() throws IOException {
        ModelDirectory dir = toyWith("image_encoder.onnx", CASES.resolve("broken/image_undeclared_wrong_dims.onnx"));

        try (EmbeddingModel model = EmbeddingModel.open(dir)) {
            assertThatThrownBy(() -> model.embedImages(List.of(solid(8, 8, 1, 2, 3))))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("of shape [1, 5]")
                    .hasMessageContaining("expected [1, 4]");
        }
    }

    @Test
    void aTruncatedOrForeignOnnxFileIsAClearErrorNotACrash() throws IOException {
        Path truncated = temp.resolve("truncated.onnx");
        byte[] whole = Files.readAllBytes(CASES.resolve("toy/text_encoder.onnx"));
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        Path foreign = temp.resolve("foreign.onnx");
        Files.writeString(foreign, "<html>404 not found</html>");

        for (Path broken : List.of(truncated, foreign)) {
            ModelDirectory dir = toyWith("text_encoder.onnx", broken);
            assertThatThrownBy(() -> EmbeddingModel.open(dir))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("Cannot load the ONNX model " + dir.file("text_encoder.onnx"))
                    .hasMessageContaining("damaged, truncated or not an ONNX model");
        }
    }

    @Test
    void anIdleModelUsesNoCpu() throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (EmbeddingModel model = EmbeddingModel.open(toy(), EncoderOptions.threads(2))) {
            for (int i = 0; i < 50; i++) {
                model.embedImages(List.of(solid(32, 32, i, 2 * i, 3 * i), solid(8, 8, 1, 2, 3)));
                model.embedText("warm up " + i);
            }
            Thread.sleep(300);
            long before = os.getProcessCpuTime();
            Thread.sleep(1500);
            double busyCores = (os.getProcessCpuTime() - before) / 1.5e9;

            System.out.printf("idle process CPU after inference: %.3f cores%n", busyCores);
            // A spinning ONNX Runtime pool would hold about one core per intra-op thread.
            assertThat(busyCores).isLessThan(0.25);
        }
    }
}
