package dev.fovea.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.bench.SyntheticPhotos;
import dev.fovea.indexer.bench.TextCases;
import dev.fovea.indexer.bench.TextPictures;
import dev.fovea.indexer.thumbnail.ThumbnailMaker;
import dev.fovea.search.image.PixelImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's detector on pictures as the text stage gives them to it: thumbnails, 360 px on the long side. */
class TextDetectorTest {
    static TextDetector detector;

    @BeforeAll
    static void open() {
        detector = TextDetector.open(1);
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    @Test
    void findsTheTextInEveryGeneratedPictureWhosePrintIsAtLeast28Px() throws IOException {
        Map<String, Integer> regions = new TreeMap<>();
        for (TextCases.Case c : TextCases.all()) {
            if (c.spec().fontSize() >= 28) {
                regions.put(
                        c.spec().name(),
                        detector.detect(thumbnail(TextPictures.render(c.spec())))
                                .regions());
            }
        }
        assertThat(regions)
                .hasSize(15)
                .as("regions found per picture")
                .allSatisfy((name, found) -> assertThat(found).as(name).isPositive());
    }

    /** 18 px print on a 1200 px picture is 5 px high in the thumbnail; enlarged to 480 px it is found. */
    @Test
    void aLargerInputFindsSmallPrint() throws IOException {
        TextPictures.Spec small = TextCases.all().stream()
                .filter(c -> c.spec().name().equals("size-18"))
                .findFirst()
                .orElseThrow()
                .spec();
        try (TextDetector larger = TextDetector.open(1, 480)) {
            assertThat(larger.detect(thumbnail(TextPictures.render(small))).holdsText())
                    .isTrue();
        }
    }

    @Test
    void refusesASideThatIsNotAMultipleOf32() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> TextDetector.open(1, 360))
                .withMessageContaining("multiple of 32");
    }

    @Test
    void findsNoTextInPicturesWithout(@TempDir Path temp) throws IOException {
        Map<String, Integer> regions = new TreeMap<>();
        for (TextPictures.Spec blank : TextCases.textFree()) {
            regions.put(
                    blank.name(),
                    detector.detect(thumbnail(TextPictures.render(blank))).regions());
        }
        for (Path photo : SyntheticPhotos.generate(temp, 8, 1600, 1200)) {
            regions.put(
                    photo.getFileName().toString(),
                    detector.detect(thumbnail(ImageIO.read(photo.toFile()))).regions());
        }
        assertThat(regions)
                .as("regions found per picture")
                .allSatisfy((name, found) -> assertThat(found).as(name).isZero());
    }

    @Test
    void takesAnySizeAndLayoutOfPicture() {
        for (PixelImage odd : List.of(
                new PixelImage(1, 1, dev.fovea.search.image.PixelLayout.GRAY, new byte[1]),
                new PixelImage(4000, 3, dev.fovea.search.image.PixelLayout.RGB, new byte[4000 * 3 * 3]),
                new PixelImage(7, 900, dev.fovea.search.image.PixelLayout.RGBA, new byte[7 * 900 * 4]),
                new PixelImage(50, 40, dev.fovea.search.image.PixelLayout.GRAY_ALPHA, new byte[50 * 40 * 2]))) {
            assertThat(detector.detect(odd).holdsText())
                    .as(odd.width() + "x" + odd.height() + " " + odd.layout())
                    .isFalse();
        }
    }

    /** As the pipeline makes it: the thumbnail JPEG, decoded again. */
    private static PixelImage thumbnail(BufferedImage picture) throws IOException {
        byte[] jpeg = new ThumbnailMaker().make(TextPictures.pixels(picture));
        return TextPictures.pixels(ImageIO.read(new ByteArrayInputStream(jpeg)));
    }
}
