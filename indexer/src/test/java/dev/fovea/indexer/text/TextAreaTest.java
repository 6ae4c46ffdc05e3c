package dev.fovea.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.bench.TextPictures;
import dev.fovea.indexer.bench.TextPictures.Background;
import dev.fovea.indexer.bench.TextPictures.Spec;
import dev.fovea.indexer.thumbnail.ThumbnailMaker;
import dev.fovea.search.image.PixelImage;
import java.awt.Color;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading only where the gate's detector found text: the same words, their boxes where they are in the picture. */
class TextAreaTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private static PixelImage picture(double angle) {
        return TextPictures.pixels(TextPictures.render(new Spec(
                "t",
                List.of("harbour museum ticket", "promoção 2023"),
                "SansSerif",
                40,
                angle,
                Background.PLAIN,
                Color.WHITE,
                Color.BLACK,
                1200,
                800)));
    }

    private static TextArea areaInThumbnail(PixelImage picture) {
        try (TextDetector detector = TextDetector.open(1)) {
            return detector.detect(new ThumbnailMaker().scale(picture).pixels()).area();
        }
    }

    @Test
    void theAreaAroundCentredTextLeavesMostOfThePictureOut() {
        TextArea area = areaInThumbnail(picture(0));

        assertThat(area.fraction()).isLessThan(TextArea.MAX_CROPPED_FRACTION);
        assertThat(area.left()).isGreaterThan(0.05);
        assertThat(area.right()).isLessThan(0.95);
        assertThat(area.top()).isGreaterThan(0.1);
        assertThat(area.bottom()).isLessThan(0.9);
    }

    @Test
    void noTextNoArea() {
        try (TextDetector detector = TextDetector.open(1)) {
            PixelImage blank = TextPictures.pixels(TextPictures.render(new Spec(
                    "blank", List.of(), "SansSerif", 40, 0, Background.PLAIN, Color.WHITE, Color.BLACK, 1200, 800)));
            assertThat(detector.detect(blank).area()).isNull();
        }
    }

    @Test
    void readsTheSameWordsWithinTheAreaAndPutsTheirBoxesInThePicture() {
        for (double angle : new double[] {0, 30, 180}) {
            PixelImage picture = picture(angle);
            TextArea area = areaInThumbnail(picture);
            try (TextReader reader = TextReaderFixture.openOrSkip()) {
                RecognisedText whole = reader.read(picture, LIMIT);
                RecognisedText within = reader.read(picture, area, LIMIT);

                assertThat(within.words())
                        .as("at %s°", angle)
                        .extracting(RecognisedWord::text)
                        .containsExactlyElementsOf(
                                whole.words().stream().map(RecognisedWord::text).toList());
                for (int i = 0; i < whole.words().size(); i++) {
                    RecognisedWord a = whole.words().get(i);
                    RecognisedWord b = within.words().get(i);
                    // The same word outlined in the same place, within a few pixels of the 1200x800 picture.
                    assertThat(b.x()).as(a.text()).isCloseTo(a.x(), org.assertj.core.data.Offset.offset(60));
                    assertThat(b.y()).as(a.text()).isCloseTo(a.y(), org.assertj.core.data.Offset.offset(90));
                    assertThat(b.width()).as(a.text()).isCloseTo(a.width(), org.assertj.core.data.Offset.offset(90));
                }
            }
        }
    }

    @Test
    void anAreaCoveringMostOfThePictureIsReadWhole() {
        PixelImage picture = picture(0);
        try (TextReader reader = TextReaderFixture.openOrSkip()) {
            assertThat(reader.read(picture, new TextArea(0, 0, 0.9, 0.9), LIMIT))
                    .isEqualTo(reader.read(picture, LIMIT));
        }
    }
}
