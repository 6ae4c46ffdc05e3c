package dev.fovea.search.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.model.Interpolation;
import dev.fovea.search.model.Preprocessing;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImagePreprocessorTest {
    private static final Preprocessing OPENAI = Preprocessing.openAi(224, Interpolation.BICUBIC);

    @Test
    void uniformPicturesStayUniformAtEveryScale() {
        ImagePreprocessor preprocessor = new ImagePreprocessor(OPENAI);
        for (int[] size : new int[][] {{4000, 3000}, {100, 50}, {224, 224}, {7, 900}}) {
            byte[] pixels = new byte[size[0] * size[1] * 3];
            for (int i = 0; i < pixels.length; i += 3) {
                pixels[i] = (byte) 200;
                pixels[i + 1] = (byte) 30;
                pixels[i + 2] = (byte) 255;
            }
            float[] tensor = new float[preprocessor.tensorLength()];
            preprocessor.write(new PixelImage(size[0], size[1], PixelLayout.RGB, pixels), tensor, 0);

            int plane = 224 * 224;
            assertThat(Arrays.copyOfRange(tensor, 0, plane))
                    .containsOnly((200 / 255f - Preprocessing.OPENAI_MEAN[0]) / Preprocessing.OPENAI_STD[0]);
            assertThat(Arrays.copyOfRange(tensor, plane, 2 * plane))
                    .containsOnly((30 / 255f - Preprocessing.OPENAI_MEAN[1]) / Preprocessing.OPENAI_STD[1]);
            assertThat(Arrays.copyOfRange(tensor, 2 * plane, 3 * plane))
                    .containsOnly((255 / 255f - Preprocessing.OPENAI_MEAN[2]) / Preprocessing.OPENAI_STD[2]);
        }
    }

    @Test
    void fullyTransparentPixelsKeepTheirColourWhenNothingBlendsIntoThem() {
        // Pillow's premultiplication zeroes colour under alpha 0, so a fully transparent picture comes out black.
        ImagePreprocessor preprocessor = new ImagePreprocessor(Preprocessing.unnormalized(8, Interpolation.BILINEAR));
        byte[] pixels = new byte[20 * 10 * 4];
        Arrays.fill(pixels, (byte) 90);
        for (int i = 3; i < pixels.length; i += 4) {
            pixels[i] = 0;
        }
        float[] tensor = new float[preprocessor.tensorLength()];
        preprocessor.write(new PixelImage(20, 10, PixelLayout.RGBA, pixels), tensor, 0);
        assertThat(tensor).containsOnly(0f);
    }

    @Test
    void resizeGeometryFollowsTorchvisionExactly() {
        for (int[] size :
                new int[][] {{4032, 3024}, {3024, 4032}, {1, 1}, {257, 256}, {1000, 3}, {6000, 4000}, {333, 333}}) {
            for (int target : new int[] {224, 256}) {
                ResizeGeometry geometry = ResizeGeometry.shortestSide(size[0], size[1], target);
                int shortSide = Math.min(size[0], size[1]);
                int longSide = Math.max(size[0], size[1]);
                // floor(target * long / short) in exact arithmetic equals torchvision's double result for these sizes.
                int expectedLong = BigInteger.valueOf((long) target * longSide)
                        .divide(BigInteger.valueOf(shortSide))
                        .intValueExact();
                boolean portrait = size[0] <= size[1];
                assertThat(portrait ? geometry.resizedHeight() : geometry.resizedWidth())
                        .isEqualTo(expectedLong);
                assertThat(portrait ? geometry.resizedWidth() : geometry.resizedHeight())
                        .isEqualTo(target);
                int excess = expectedLong - target;
                int expectedOffset = excess % 2 == 0 ? excess / 2 : (excess / 2) % 2 == 0 ? excess / 2 : excess / 2 + 1;
                assertThat(portrait ? geometry.cropTop() : geometry.cropLeft())
                        .as("round half to even of %d/2", excess)
                        .isEqualTo(expectedOffset);
            }
        }
    }

    @Test
    void refusesATargetTooShortForTheTensorAtTheOffset() {
        ImagePreprocessor preprocessor = new ImagePreprocessor(OPENAI);
        PixelImage image = new PixelImage(2, 2, PixelLayout.GRAY, new byte[4]);
        assertThatThrownBy(() -> preprocessor.write(image, new float[preprocessor.tensorLength()], 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
