package dev.fovea.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.indexer.bench.TextPictures;
import dev.fovea.indexer.bench.TextPictures.Background;
import dev.fovea.indexer.bench.TextPictures.Spec;
import dev.fovea.search.FoveaException;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.awt.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextReaderTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static TextReader reader;

    @BeforeAll
    static void open() {
        reader = TextReaderFixture.openOrSkip();
    }

    @AfterAll
    static void close() {
        if (reader != null) {
            reader.close();
        }
    }

    private static Spec spec(List<String> lines, double angle, Background background) {
        return new Spec("t", lines, "SansSerif", 44, angle, background, Color.WHITE, Color.BLACK, 1000, 700);
    }

    private static RecognisedText read(Spec spec) {
        return reader.read(TextPictures.pixels(TextPictures.render(spec)), LIMIT);
    }

    private static List<String> words(RecognisedText text) {
        return text.words().stream().map(RecognisedWord::text).toList();
    }

    @Test
    void readsEnglishAndPortugueseWordsWithTheirLinesAndBoxes() {
        RecognisedText text = read(spec(List.of("INVOICE 2023 pelican", "promoção pão açúcar"), 0, Background.PLAIN));

        assertThat(words(text)).containsExactly("INVOICE", "2023", "pelican", "promoção", "pão", "açúcar");
        assertThat(text.text()).isEqualTo("INVOICE 2023 pelican\npromoção pão açúcar");
        RecognisedWord first = text.words().getFirst();
        // Centred text in a 1000 px wide picture: the first word starts in its left half, well inside it.
        assertThat(first.x()).isBetween(1000, 5000);
        assertThat(first.width()).isPositive();
        assertThat(first.confidence()).isGreaterThanOrEqualTo(TextReader.MIN_CONFIDENCE);
    }

    @Test
    void readsTextUpsideDownAndPutsItsBoxesBackWhereTheWordsAre() {
        RecognisedText text = read(spec(List.of("warranty certificate"), 180, Background.PLAIN));

        assertThat(words(text)).containsExactly("warranty", "certificate");
        // Upside down "warranty" is drawn on the right half.
        assertThat(text.words().getFirst().x()).isGreaterThan(5000);
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 30, 45, -30})
    void readsTextTurnedByTheLevelledAngle(int degrees) {
        RecognisedText text =
                read(spec(List.of("harbour museum ticket", "station garden window"), degrees, Background.PLAIN));

        assertThat(words(text)).containsExactly("harbour", "museum", "ticket", "station", "garden", "window");
    }

    @Test
    void boxesOfTurnedTextAreWhereTheWordsAreDrawn() {
        RecognisedText text = read(spec(List.of("warranty certificate"), 30, Background.PLAIN));

        assertThat(words(text)).containsExactly("warranty", "certificate");
        RecognisedWord first = text.words().get(0);
        RecognisedWord second = text.words().get(1);
        // Turned clockwise about the centre: the first word is left of and above the second, both near the middle.
        assertThat(first.x() + first.width() / 2).isLessThan(second.x() + second.width() / 2);
        assertThat(first.y() + first.height() / 2).isLessThan(second.y() + second.height() / 2);
        assertThat(first.x()).isBetween(1000, 5000);
        assertThat(second.x() + second.width()).isBetween(5000, 9000);
        // The upright box around a word turned 30° is taller than the word's own line.
        assertThat(first.height()).isGreaterThan(1000);
    }

    @Test
    void readsTextOnAGrainyBackgroundAndTurnedOnOne() {
        Spec grainy = new Spec(
                "grainy",
                List.of("invoice total coffee", "receipt window street"),
                "SansSerif",
                40,
                0,
                Background.NOISY,
                new Color(200, 200, 200),
                Color.BLACK,
                1200,
                800);

        assertThat(words(read(grainy))).containsExactly("invoice", "total", "coffee", "receipt", "window", "street");
        Spec turned = new Spec(
                "grainy-turned",
                grainy.lines(),
                grainy.font(),
                grainy.fontSize(),
                20,
                grainy.background(),
                grainy.paper(),
                grainy.ink(),
                grainy.width(),
                grainy.height());
        assertThat(words(read(turned))).containsExactly("invoice", "total", "coffee", "receipt", "window", "street");
    }

    @Test
    void blankNoisyTinyAndOtherScriptPicturesGiveNoWords() {
        assertThat(read(spec(List.of(" "), 0, Background.NOISY)).words()).isEmpty();
        assertThat(read(spec(List.of(" "), 0, Background.PLAIN)).words()).isEmpty();
        assertThat(reader.read(new PixelImage(10, 8, PixelLayout.GRAY, new byte[80]), LIMIT)
                        .words())
                .isEmpty();
        // Script the languages do not cover must not come out as confident Latin words.
        assertThat(read(spec(List.of("Привет мир Москва"), 0, Background.PLAIN)).words())
                .allSatisfy(word -> assertThat(word.text()).doesNotContainPattern("[A-Za-z]{4,}"));
    }

    @Test
    void aPictureThatOutlastsItsLimitIsAbandoned() {
        PixelImage page = TextPictures.pixels(TextPictures.render(new Spec(
                "long",
                java.util.Collections.nCopies(30, "the quick brown fox jumps over the lazy dog 0123456789"),
                "Serif",
                28,
                0,
                Background.NOISY,
                Color.WHITE,
                Color.BLACK,
                2400,
                1800)));

        assertThatThrownBy(() -> reader.read(page, Duration.ofMillis(50))).isInstanceOf(TextReadingTimeout.class);
    }

    @Test
    void encodedWordsComeBackTheSame() {
        RecognisedText text = new RecognisedText(List.of(
                new RecognisedWord("Rua", 0, 10, 20, 30, 40, 91.5f),
                new RecognisedWord("Augusta", 0, 50, 20, 80, 40, 88f)));

        assertThat(RecognisedText.decode(text.encode())).isEqualTo(text);
        assertThat(RecognisedText.decode("garbage\n0 1 2 x 4 5 word\n")).isEqualTo(RecognisedText.NONE);
    }

    @Test
    void theUsersFolderComesBeforeThePackagesAndThePackagesBeforeTheSystems(@TempDir Path temp) throws Exception {
        Path users = languageFolder(temp.resolve("users"));
        Path packaged = languageFolder(temp.resolve("packaged"));
        Path system = languageFolder(temp.resolve("system"));

        assertThat(TessdataLocation.find(Optional.of(users), Optional.of(packaged), List.of(system)))
                .isEqualTo(users);
        assertThat(TessdataLocation.find(Optional.empty(), Optional.of(packaged), List.of(system)))
                .isEqualTo(packaged);
        assertThat(TessdataLocation.find(Optional.of(temp.resolve("nothing")), Optional.empty(), List.of(system)))
                .isEqualTo(system);
    }

    private static Path languageFolder(Path folder) throws Exception {
        java.nio.file.Files.createDirectories(folder);
        for (String language : TessdataLocation.LANGUAGES) {
            java.nio.file.Files.writeString(folder.resolve(language + ".traineddata"), language);
        }
        return folder;
    }

    @Test
    void missingLanguageDataSaysWhatToInstall(@TempDir Path empty) {
        assertThatThrownBy(() -> TessdataLocation.find(Optional.of(empty), Optional.empty(), List.of()))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("tesseract-ocr-por")
                .hasMessageContaining(TessdataLocation.ENVIRONMENT);
    }
}
