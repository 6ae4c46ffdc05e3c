package dev.fovea.search.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.model.Interpolation;
import dev.fovea.search.model.ModelVariant;
import dev.fovea.search.model.Preprocessing;
import dev.fovea.testing.ReferencePreprocessing;
import dev.fovea.testing.SyntheticImages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fovea's preprocessing against open_clip's transform on PIL, live (needs tools/.venv), on lossless PNGs of
 * generated pictures in every layout, shape and scale direction, so any difference is the preprocessing's own.
 */
class PillowParityTest {
    /** PNG pixels are identical on both sides, so only float rounding may differ. */
    private static final float TOLERANCE = 1e-5f;

    @TempDir
    Path workDir;

    @Test
    void everyRegistryPreprocessingMatchesOpenClip() {
        List<PixelImage> images = pictures();
        List<Path> files = writeAll(images);
        for (ModelVariant variant : ReferencePreprocessing.representatives().values()) {
            List<float[]> expected =
                    ReferencePreprocessing.tensors(ReferencePreprocessing.forVariant(variant, files, workDir));
            assertMatches(new ImagePreprocessor(variant.preprocessing()), images, expected, variant.id());
        }
    }

    @Test
    void smallAndOddSizesMatchOpenClip() {
        List<PixelImage> images = pictures();
        List<Path> files = writeAll(images);
        for (Preprocessing preprocessing : List.of(
                Preprocessing.openAi(17, Interpolation.BICUBIC),
                Preprocessing.unnormalized(16, Interpolation.BILINEAR),
                Preprocessing.openAi(61, Interpolation.BILINEAR))) {
            List<float[]> expected = ReferencePreprocessing.tensors(
                    ReferencePreprocessing.forPreprocessing(preprocessing, files, workDir));
            assertMatches(new ImagePreprocessor(preprocessing), images, expected, preprocessing.toString());
        }
    }

    private static List<PixelImage> pictures() {
        List<PixelImage> images = new ArrayList<>();
        long seed = 1;
        for (PixelLayout layout : PixelLayout.values()) {
            images.add(SyntheticImages.generate(640, 427, layout, seed++)); // landscape, downscale ~2.5x
            images.add(SyntheticImages.generate(301, 517, layout, seed++)); // portrait, odd sizes
            images.add(SyntheticImages.generate(90, 70, layout, seed++)); // upscale
        }
        images.add(SyntheticImages.generate(2000, 1333, PixelLayout.RGB, seed++)); // strong downscale, wide kernels
        images.add(SyntheticImages.generate(256, 256, PixelLayout.RGB, seed++)); // no resize at 256
        images.add(SyntheticImages.generate(3, 700, PixelLayout.RGB, seed++)); // tall, upscaled: horizontal first
        images.add(SyntheticImages.generate(
                300, 31000, PixelLayout.GRAY, seed++)); // > 100x taller, shrinking: vertical first
        images.add(SyntheticImages.generate(1200, 5, PixelLayout.RGBA, seed++)); // extreme panorama
        images.add(SyntheticImages.generatePalette(333, 250, 40, seed++));
        images.add(SyntheticImages.generatePalette(50, 41, 7, seed++));
        return images;
    }

    private List<Path> writeAll(List<PixelImage> images) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            files.add(SyntheticImages.writePng(images.get(i), workDir.resolve(i + ".png")));
        }
        return files;
    }

    private static void assertMatches(
            ImagePreprocessor preprocessor, List<PixelImage> images, List<float[]> expected, String what) {
        for (int i = 0; i < images.size(); i++) {
            PixelImage image = images.get(i);
            float[] actual = new float[preprocessor.tensorLength()];
            preprocessor.write(image, actual, 0);
            assertThat(expected.get(i))
                    .as("%s: tensor length of picture %d", what, i)
                    .hasSize(actual.length);
            float worst = 0;
            int worstAt = -1;
            for (int j = 0; j < actual.length; j++) {
                float difference = Math.abs(actual[j] - expected.get(i)[j]);
                if (difference > worst) {
                    worst = difference;
                    worstAt = j;
                }
            }
            assertThat(worst)
                    .as(
                            "%s: picture %d (%dx%d %s%s), worst at %d",
                            what,
                            i,
                            image.width(),
                            image.height(),
                            image.layout(),
                            image.palette() ? " palette" : "",
                            worstAt)
                    .isLessThanOrEqualTo(TOLERANCE);
        }
    }
}
