package dev.fovea.search.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.testing.CalibratedModels;
import dev.fovea.testing.Sensitivity;
import dev.fovea.testing.TestData;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Java's embeddings equal PyTorch's for real architectures with calibrated random weights (tools/calibrated.py,
 * exported by tools/export.py): the same token ids, cosine >= 0.9999 for texts and >= 0.999 for images. Under
 * these weights distinct pictures embed far apart, so the test can fail; it prints its sensitivity and fails as
 * invalid when its pictures embed alike. MobileCLIP2-S0 (mean 0, std 1) and MobileCLIP2-S3 (OpenAI mean/std).
 * Skipped without tools/.venv. Each variant is exported once per build into target/parity-models.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelParityTest {
    private static final double TEXT_COSINE = 0.9999;
    private static final double IMAGE_COSINE = 0.999;
    private static final List<String> TEXTS = List.of(
            "a photo of a dog",
            "Kids on a beach at sunset!",
            "crème brûlée on a plate",
            "",
            "2021 trip to NYC, 3 friends & 1 cat 🐈",
            "“Curly quotes” and ﬁ ligatures",
            "a very long query " + "with many words ".repeat(30));

    private final List<String> summary = new ArrayList<>();
    private Path images;

    @BeforeAll
    void writeImages() throws IOException {
        TestData.python();
        images = TestData.repoRoot().resolve("search/target/parity-images");
        Files.createDirectories(images);
        write(picture(640, 480, 1), "landscape.png");
        write(picture(300, 500, 2), "portrait.png");
        write(picture(256, 256, 3), "square.png");
        write(picture(97, 61, 4), "small.png");
        write(picture(512, 384, 5), "wide.png");
        write(picture(400, 400, 6), "tiles.png");
    }

    @AfterAll
    void printSummary() {
        summary.forEach(System.out::println);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mobileclip2-s0", "mobileclip2-s3"})
    void javaEmbedsAsPyTorchDoes(String variant) throws IOException {
        ModelDirectory directory = CalibratedModels.exported(variant);
        List<Path> files = imageFiles();
        JsonNode reference = CalibratedModels.reference(directory, TEXTS, files);

        try (EmbeddingModel model = EmbeddingModel.open(directory, EncoderOptions.threads(2))) {
            float[][] texts = model.embedTexts(TEXTS);
            double worstText = 1;
            for (int i = 0; i < TEXTS.size(); i++) {
                JsonNode expected = reference.path("texts").get(i);
                assertThat(model.tokenizer().encode(TEXTS.get(i)))
                        .as("token ids of %s", TEXTS.get(i))
                        .containsExactly(ints(expected.path("token_ids")));
                double cosine = Sensitivity.cosine(texts[i], CalibratedModels.floats(expected.path("embedding")));
                System.out.printf(
                        Locale.ROOT,
                        "%s text %-40.40s cosine %.8f (1 - cosine = %.1e)%n",
                        variant,
                        "'" + TEXTS.get(i) + "'",
                        cosine,
                        1 - cosine);
                worstText = Math.min(worstText, cosine);
                assertThat(cosine).as("%s text '%s'", variant, TEXTS.get(i)).isGreaterThanOrEqualTo(TEXT_COSINE);
            }
            List<PixelImage> pixels = new ArrayList<>();
            for (Path file : files) {
                pixels.add(read(file));
            }
            float[][] embedded = model.embedImages(pixels);
            Sensitivity sensitivity =
                    Sensitivity.measure(model, pixels, List.of(embedded)).requireFarApart(variant + " images");
            double textSpread = Sensitivity.medianPairwiseCosine(List.of(texts));
            System.out.printf(
                    Locale.ROOT,
                    "%s images %s; texts: median pairwise cosine %.4f%n",
                    variant,
                    sensitivity,
                    textSpread);
            double worstImage = 1;
            for (int i = 0; i < files.size(); i++) {
                double cosine = Sensitivity.cosine(
                        embedded[i],
                        CalibratedModels.floats(reference.path("images").get(i).path("embedding")));
                System.out.printf(
                        Locale.ROOT,
                        "%s image %-16s cosine %.8f (1 - cosine = %.1e)%n",
                        variant,
                        files.get(i).getFileName(),
                        cosine,
                        1 - cosine);
                worstImage = Math.min(worstImage, cosine);
                assertThat(cosine)
                        .as("%s image %s", variant, files.get(i).getFileName())
                        .isGreaterThanOrEqualTo(IMAGE_COSINE);
            }
            summary.add(String.format(
                    Locale.ROOT,
                    "Model parity %s (calibrated weights, seed %d): token ids identical, lowest cosine text %.8f,"
                            + " image %.8f; images %s",
                    variant,
                    CalibratedModels.SEED,
                    worstText,
                    worstImage,
                    sensitivity));
        }
    }

    private List<Path> imageFiles() throws IOException {
        try (var files = Files.list(images)) {
            return files.filter(file -> file.toString().endsWith(".png"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Gradients, stripes, shapes and noise, each picture with its own colours, direction and stripe frequency:
     * edges and texture so resampling differences would show, and different enough to embed far apart.
     */
    static BufferedImage picture(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        double angle = random.nextDouble() * Math.PI;
        double frequency = 0.02 + 0.3 * random.nextDouble();
        int[] base = {random.nextInt(256), random.nextInt(256), random.nextInt(256)};
        int[] swing = {random.nextInt(200), random.nextInt(200), random.nextInt(200)};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double along = x * Math.cos(angle) + y * Math.sin(angle);
                double stripe = Math.sin(along * frequency) * 0.5 + (double) y / height - 0.5;
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    int value = base[c] + (int) (swing[c] * (c == 1 ? -stripe : stripe)) + random.nextInt(24);
                    rgb = rgb << 8 | Math.clamp(value, 0, 255);
                }
                image.setRGB(x, y, rgb);
            }
        }
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(random.nextInt(0xffffff)));
        graphics.fillOval(width / 4, height / 4, width / 2, height / 3);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(width / 8, height * 2 / 3, width / 3, height / 10);
        graphics.dispose();
        return image;
    }

    private void write(BufferedImage image, String name) throws IOException {
        ImageIO.write(image, "png", images.resolve(name).toFile());
    }

    static PixelImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        byte[] rgb = new byte[width * height * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return new PixelImage(width, height, PixelLayout.RGB, rgb);
    }

    static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }
}
