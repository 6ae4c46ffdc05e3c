package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.pipeline.DecodeSize;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.encoder.EncoderOptions;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.testing.CalibratedModels;
import dev.fovea.testing.Sensitivity;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decode paths against open_clip/PyTorch on whole embeddings, under calibrated random weights on which
 * distinct photos embed far apart, over every JPEG of the shared camera photos. Prints the trade-off table
 * (decode rule, min/median cosine) and the test's sensitivity; speed is measured by {@code fovea bench decode}.
 *
 * <p>The exact decode must match (cosine >= 0.9999). No reduced rule reaches issue 17's target of 0.999 on every
 * photo: the fast path of {@code fovea index} and {@code fovea embed} (DCT scaling to 2x the input) measured min
 * 0.98734 / 0.93768 (MobileCLIP2-S0 / S3); a full-size decode averaged in 2x2 blocks before the reference resize
 * still gives 0.987 under S3, which 1/255 pixel noise already moves to 0.9977. The floors here guard against
 * regressions of the fast path, not the target.
 */
class FastPathParityTest {
    private static final double EXACT_MIN_COSINE = 0.9999;
    // Regression floors under today's measurements (min 0.987 for MobileCLIP2-S0, 0.938 for S3; the earlier rule
    // gave 0.929 and 0.417), not the 0.999 the fast path is meant to reach.
    private static final double FAST_PATH_MIN_COSINE = 0.93;
    private static final double FAST_PATH_MEDIAN_COSINE = 0.995;

    @ParameterizedTest
    @ValueSource(strings = {"mobileclip2-s0", "mobileclip2-s3"})
    void cameraPhotosEmbedAsTheReferenceDoes(String variant) throws IOException {
        List<Path> photos = cameraJpegs();
        ModelDirectory directory = CalibratedModels.exported(variant);
        List<float[]> reference =
                CalibratedModels.imageEmbeddings(CalibratedModels.reference(directory, List.of(), photos));
        PhotoDecoder decoder = new PhotoDecoder();
        try (EmbeddingModel model = EmbeddingModel.open(directory, EncoderOptions.threads(2))) {
            int size = model.preprocessing().imageSize();
            Map<String, IntFunction<DecodeRequest>> rules = new LinkedHashMap<>();
            rules.put("index: DecodeSize", input -> DecodeSize.request(input, false));
            rules.put("embed: forModelInput", DecodeRequest::forModelInput);
            rules.put("DCT scale, >= 2x input", input -> DecodeRequest.atLeast(2 * input));
            rules.put("DCT scale, >= 4x input", input -> DecodeRequest.atLeast(4 * input));
            rules.put("DCT scale, >= 1x input", DecodeRequest::atLeast);
            rules.put("box average, >= 2x input", input -> DecodeRequest.boxAveraged(2 * input));
            rules.put("box average, >= 3x input", input -> DecodeRequest.boxAveraged(3 * input));
            rules.put("box average, >= 4x input", input -> DecodeRequest.boxAveraged(4 * input));
            rules.put("exact (full decode)", input -> DecodeRequest.fullResolution());
            StringBuilder table = new StringBuilder(String.format(
                    Locale.ROOT, "%s, %d camera JPEGs, cosine to open_clip/PyTorch:%n", variant, photos.size()));
            Sensitivity sensitivity = null;
            Map<String, double[]> cosinesByRule = new LinkedHashMap<>();
            for (Map.Entry<String, IntFunction<DecodeRequest>> rule : rules.entrySet()) {
                List<PixelImage> images = new ArrayList<>();
                for (Path photo : photos) {
                    images.add(
                            decoder.decode(photo, rule.getValue().apply(size)).image());
                }
                List<float[]> embedded = List.of(model.embedImages(images));
                if (sensitivity == null) {
                    sensitivity =
                            Sensitivity.measure(model, images, embedded).requireFarApart(variant + " camera photos");
                }
                double[] cosines = new double[photos.size()];
                int worst = 0;
                for (int i = 0; i < cosines.length; i++) {
                    cosines[i] = Sensitivity.cosine(embedded.get(i), reference.get(i));
                    worst = cosines[i] < cosines[worst] ? i : worst;
                }
                double minimum = Arrays.stream(cosines).min().orElseThrow();
                cosinesByRule.put(rule.getKey(), cosines);
                table.append(String.format(
                        Locale.ROOT,
                        "  %-26s min %.5f  median %.6f  (worst: %s)%n",
                        rule.getKey(),
                        minimum,
                        Sensitivity.median(cosines),
                        photos.get(worst).getFileName()));
            }
            System.out.print(table.append("  ").append(sensitivity).append(System.lineSeparator()));
            assertThat(Arrays.stream(cosinesByRule.get("exact (full decode)"))
                            .min()
                            .orElseThrow())
                    .as("lowest cosine of the exact decode, %s", variant)
                    .isGreaterThanOrEqualTo(EXACT_MIN_COSINE);
            for (String rule : List.of("index: DecodeSize", "embed: forModelInput")) {
                double[] cosines = cosinesByRule.get(rule);
                assertThat(Arrays.stream(cosines).min().orElseThrow())
                        .as("lowest cosine of %s, %s", rule, variant)
                        .isGreaterThanOrEqualTo(FAST_PATH_MIN_COSINE);
                assertThat(Sensitivity.median(cosines))
                        .as("median cosine of %s, %s", rule, variant)
                        .isGreaterThanOrEqualTo(FAST_PATH_MEDIAN_COSINE);
            }
        }
    }

    /** Every JPEG of the shared camera photos (a few orientation fixtures show one picture in eight ways). */
    private static List<Path> cameraJpegs() throws IOException {
        try (Stream<Path> walk = Files.walk(TestData.shared("corpora/camera-photos"))) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.toString().matches("(?i).*\\.jpe?g$"))
                    .sorted()
                    .toList();
        }
    }
}
