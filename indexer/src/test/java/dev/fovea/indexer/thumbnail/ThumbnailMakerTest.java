package dev.fovea.indexer.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThumbnailMakerTest {
    @Test
    void thumbnailOfTheIndexingDecodeKeepsShapeAndColour() throws IOException {
        BufferedImage thumbnail = thumbnailOf(solid(1000, 750, PixelLayout.RGB, new int[] {200, 100, 50}));
        assertThat(thumbnail.getWidth()).isEqualTo(ThumbnailMaker.LONG_SIDE);
        assertThat(thumbnail.getHeight()).isEqualTo(270);
        assertColour(thumbnail.getRGB(180, 135), 200, 100, 50);
    }

    @Test
    void transparentPixelsBecomeWhiteAndGreyStaysGrey() throws IOException {
        assertColour(
                thumbnailOf(solid(800, 1200, PixelLayout.RGBA, new int[] {10, 20, 30, 0}))
                        .getRGB(100, 100),
                255,
                255,
                255);
        BufferedImage grey = thumbnailOf(solid(1200, 800, PixelLayout.GRAY, new int[] {90}));
        assertThat(grey.getWidth()).isEqualTo(ThumbnailMaker.LONG_SIDE);
        assertColour(grey.getRGB(100, 100), 90, 90, 90);
    }

    /** Odd sizes too: the last column and row that make no whole box are left out, as the general path does. */
    @ParameterizedTest
    @CsvSource({"1000, 750", "1001, 751", "751, 1001", "1200, 900"})
    void boxReductionAveragesEachBoxRoundingHalfUp(int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        new Random(width).nextBytes(pixels);
        PixelImage image = new PixelImage(width, height, PixelLayout.RGB, pixels);

        BufferedImage reduced = ThumbnailMaker.reduceByBoxes(image);

        int factor = Math.max(width, height) / ThumbnailMaker.LONG_SIDE;
        assertThat(reduced.getWidth()).isEqualTo(width / factor);
        assertThat(reduced.getHeight()).isEqualTo(height / factor);
        for (int y = 0; y < reduced.getHeight(); y++) {
            for (int x = 0; x < reduced.getWidth(); x++) {
                int[] sums = new int[3];
                for (int dy = 0; dy < factor; dy++) {
                    for (int dx = 0; dx < factor; dx++) {
                        int at = ((y * factor + dy) * width + x * factor + dx) * 3;
                        for (int c = 0; c < 3; c++) {
                            sums[c] += pixels[at + c] & 0xff;
                        }
                    }
                }
                int area = factor * factor;
                int expected = 0xff000000
                        | (sums[0] + area / 2) / area << 16
                        | (sums[1] + area / 2) / area << 8
                        | (sums[2] + area / 2) / area;
                assertThat(reduced.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
        }
    }

    private static BufferedImage thumbnailOf(PixelImage image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(new ThumbnailMaker().make(image)));
    }

    private static PixelImage solid(int width, int height, PixelLayout layout, int[] pixel) {
        byte[] pixels = new byte[width * height * pixel.length];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) pixel[i % pixel.length];
        }
        return new PixelImage(width, height, layout, pixels);
    }

    private static void assertColour(int argb, int red, int green, int blue) {
        assertThat(new int[] {(argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff})
                .as("colour of %08x", argb)
                .satisfies(rgb -> {
                    assertThat(rgb[0]).isCloseTo(red, org.assertj.core.data.Offset.offset(3));
                    assertThat(rgb[1]).isCloseTo(green, org.assertj.core.data.Offset.offset(3));
                    assertThat(rgb[2]).isCloseTo(blue, org.assertj.core.data.Offset.offset(3));
                });
    }
}
