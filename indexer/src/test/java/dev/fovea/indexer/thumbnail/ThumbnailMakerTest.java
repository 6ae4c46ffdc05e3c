package dev.fovea.indexer.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.indexer.decode.binding.TurboJpegCompressor;
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

    /** The faster encoder must not change what the grid shows: same size, same pixels up to JPEG's rounding. */
    @Test
    void libjpegTurboThumbnailLooksLikeImageIos() throws IOException {
        assumeTrue(
                TurboJpegCompressor.load().isPresent(),
                "libturbojpeg is not installed (apt-get install libturbojpeg0); thumbnails use ImageIO's writer");
        int width = 360;
        int height = 270;
        byte[] pixels = new byte[width * height * 3];
        Random noise = new Random(7);
        for (int y = 0, at = 0; y < height; y++) {
            for (int x = 0; x < width; x++, at += 3) {
                pixels[at] = (byte) (x * 255 / width);
                pixels[at + 1] = (byte) (y * 255 / height);
                pixels[at + 2] = (byte) (128 + noise.nextInt(16));
            }
        }
        Thumbnail thumbnail = new ThumbnailMaker().scale(new PixelImage(width, height, PixelLayout.RGB, pixels));

        byte[] turbo = thumbnail.jpeg();
        byte[] imageIo = ThumbnailMaker.imageIoJpeg(thumbnail.image());

        assertThat(turbo).startsWith((byte) 0xff, (byte) 0xd8);
        BufferedImage fast = ImageIO.read(new ByteArrayInputStream(turbo));
        BufferedImage reference = ImageIO.read(new ByteArrayInputStream(imageIo));
        assertThat(fast.getWidth()).isEqualTo(width);
        assertThat(fast.getHeight()).isEqualTo(height);
        assertThat((double) turbo.length)
                .isCloseTo(imageIo.length, org.assertj.core.data.Percentage.withPercentage(10));
        long difference = 0;
        int largest = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs(
                            ((fast.getRGB(x, y) >> shift) & 0xff) - ((reference.getRGB(x, y) >> shift) & 0xff));
                    difference += d;
                    largest = Math.max(largest, d);
                }
            }
        }
        assertThat((double) difference / (width * height * 3))
                .as("mean difference")
                .isLessThan(1.0);
        assertThat(largest).as("largest difference").isLessThanOrEqualTo(8);
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
