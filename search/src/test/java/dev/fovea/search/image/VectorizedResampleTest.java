package dev.fovea.search.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The vector code gives the scalar loops' bytes (which {@code PillowParityTest} holds to Pillow's) on every shape
 * its edge cases depend on: widths that leave a partial vector at a row's end, the last row of the array (where a
 * vector may not read past the end), tap counts around a vector's pixel count, upscaling, pictures over 100 times
 * taller than wide (vertical pass first), and one, three and four channels. Random pixels with extremes, so
 * overshoot of the negative lobes is clipped both ways.
 */
class VectorizedResampleTest {
    @Test
    void vectorsGiveTheScalarLoopsBytes() {
        assumeThat(PillowResize.VECTORIZED)
                .as("the Vector API is not usable here (run with --add-modules=jdk.incubator.vector)")
                .isTrue();
        SplittableRandom random = new SplittableRandom(17);
        int[][] sizes = {
            {4000, 3000}, {3000, 4000}, {4128, 2322}, {2659, 1773}, {257, 256}, {256, 257}, {300, 200}, {17, 9},
            {1, 1}, {5, 700}, {3, 1000}, {700, 5}, {100, 60}, {224, 224}, {223, 225}, {1000, 7}
        };
        int cases = 0;
        for (int[] size : sizes) {
            for (int channels : new int[] {1, 3, 4}) {
                byte[] pixels = randomPixels(random, size[0] * size[1] * channels);
                for (ResampleFilter filter : ResampleFilter.values()) {
                    for (int target : new int[] {224, 256, 13}) {
                        ResizeGeometry geometry = ResizeGeometry.shortestSide(size[0], size[1], target);
                        byte[] scalar = PillowResize.antialiased(pixels, channels, geometry, filter, false);
                        byte[] vector = PillowResize.antialiased(pixels, channels, geometry, filter, true);
                        assertThat(vector)
                                .as("%d x %d, %d channels, %s to %d", size[0], size[1], channels, filter, target)
                                .isEqualTo(scalar);
                        cases++;
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(sizes.length * 3 * ResampleFilter.values().length * 3);
    }

    private static byte[] randomPixels(SplittableRandom random, int length) {
        byte[] pixels = new byte[length];
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(8);
            pixels[i] = (byte) (kind == 0 ? 0 : kind == 1 ? 255 : random.nextInt(256));
        }
        return pixels;
    }
}
