package dev.fovea.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.bench.TextPictures;
import dev.fovea.indexer.bench.TextPictures.Spec;
import dev.fovea.indexer.catalog.TextTable;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.indexer.text.RecognisedText;
import dev.fovea.indexer.text.RecognisedWord;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.indexer.text.TextReader;
import dev.fovea.indexer.text.TextReaderFixture;
import dev.fovea.indexer.text.TextReading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text stage over a real library: after embedding, by content, re-reading only what a change requires. */
class LibraryTextTest {
    @TempDir
    Path temp;

    Path photos;
    Path home;
    ColourEncoder encoder = new ColourEncoder();
    ImageIoDecoding decoder = new ImageIoDecoding();

    @BeforeEach
    void library() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                TextReaderFixture.languageDataInstalled(), "Tesseract's eng and por language data are not installed");
        photos = temp.resolve("photos");
        home = temp.resolve("home");
        Files.createDirectories(photos.resolve("docs"));
        Spec spec = Spec.plain("sign", "Rua Augusta", "pelican lighthouse");
        ImageIO.write(
                TextPictures.render(spec),
                "jpg",
                photos.resolve("docs/sign.jpg").toFile());
        for (int i = 0; i < 4; i++) {
            TestPhotos.jpeg(photos.resolve("trip/img" + i + ".jpg"), 320, 240, i);
        }
        TestPhotos.png(photos.resolve("screens/shot.png"), 200, 300, 42);
    }

    private IndexingSummary index(Library library, TextReading reading) throws InterruptedException {
        library.readTextWith(reading);
        return library.startIndexing(
                        encoder, decoder, IndexingOptions.defaults().withDecodeThreads(2), null)
                .await();
    }

    private TextReading reading(TextMode mode) {
        return new TextReading(mode, TextReading.DEFAULT_LIMIT);
    }

    private String hash(Library library, Path photo) {
        return library.photo(photo).orElseThrow().contentHash();
    }

    @Test
    void anIndexedLibraryGainsTextWithoutReEmbeddingAndAMoveKeepsIt() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            assertThat(index(library, TextReading.off()).textRead()).isZero();
            long embedded = encoder.encodedImages.get();

            IndexingSummary withText = index(library, reading(TextMode.ALL));

            assertThat(encoder.encodedImages.get()).isEqualTo(embedded);
            assertThat(withText.embedded()).isZero();
            assertThat(withText.textRead()).isEqualTo(6);
            assertThat(library.textOf(hash(library, photos.resolve("docs/sign.jpg"))).words().stream()
                            .map(RecognisedWord::text))
                    .containsExactly("Rua", "Augusta", "pelican", "lighthouse");
            assertThat(library.textOf(hash(library, photos.resolve("trip/img0.jpg")))
                            .words())
                    .as("a picture without text gives no words")
                    .isEmpty();

            Files.move(photos.resolve("docs/sign.jpg"), photos.resolve("trip/moved-sign.jpg"));
            IndexingSummary afterMove = index(library, reading(TextMode.ALL));

            assertThat(afterMove.textRead()).as("content already read").isZero();
            assertThat(library.textOf(hash(library, photos.resolve("trip/moved-sign.jpg")))
                            .text())
                    .isEqualTo("Rua Augusta\npelican lighthouse");
        }
    }

    @Test
    void automaticReadingRecordsWhatTheGatePassedOverAndAllReadsOnlyThat() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            IndexingSummary auto = index(library, reading(TextMode.AUTO));
            Map<String, Long> afterAuto = library.textOutcomes();
            long gated = afterAuto.getOrDefault("gated", 0L);
            assertThat(auto.textRead() + gated).isEqualTo(6);
            assertThat(afterAuto).as("every photo the gate passed was read").doesNotContainKey("passed");
            assertThat(library.textOutcome(hash(library, photos.resolve("screens/shot.png"))))
                    .as("a PNG no camera wrote is read as a likely screenshot")
                    .contains(TextTable.Outcome.READ);
            assertThat(library.textOutcome(hash(library, photos.resolve("docs/sign.jpg"))))
                    .as("the detector finds the sign's words in its thumbnail")
                    .contains(TextTable.Outcome.READ);
            assertSignReadWithinItsAreaAsWhole(library);
            for (int i = 0; i < 4; i++) {
                assertThat(library.textOutcome(hash(library, photos.resolve("trip/img" + i + ".jpg"))))
                        .as("no text in img" + i)
                        .contains(TextTable.Outcome.GATED);
            }

            assertThat(index(library, reading(TextMode.AUTO)).textRead())
                    .as("nothing changed")
                    .isZero();
            assertThat(index(library, reading(TextMode.ALL)).textRead()).isEqualTo(gated);
            assertThat(library.textOutcomes()).containsOnlyKeys("read");
        }
    }

    /** Read only where the gate's detector found text, the sign gives its words, outlined where they are in it. */
    private void assertSignReadWithinItsAreaAsWhole(Library library) throws Exception {
        RecognisedText withinArea = library.textOf(hash(library, photos.resolve("docs/sign.jpg")));
        RecognisedText whole;
        try (TextReader reader = TextReaderFixture.openOrSkip()) {
            whole = reader.read(
                    TextPictures.pixels(
                            ImageIO.read(photos.resolve("docs/sign.jpg").toFile())),
                    TextReading.DEFAULT_LIMIT);
        }
        assertThat(withinArea.text())
                .isEqualTo("Rua Augusta\npelican lighthouse")
                .isEqualTo(whole.text());
        for (int i = 0; i < whole.words().size(); i++) {
            RecognisedWord expected = whole.words().get(i);
            RecognisedWord found = withinArea.words().get(i);
            org.assertj.core.data.Offset<Integer> withinAHundredth = org.assertj.core.data.Offset.offset(100);
            assertThat(found.x()).as(expected.text()).isCloseTo(expected.x(), withinAHundredth);
            assertThat(found.y()).as(expected.text()).isCloseTo(expected.y(), withinAHundredth);
            assertThat(found.width()).as(expected.text()).isCloseTo(expected.width(), withinAHundredth);
            assertThat(found.height()).as(expected.text()).isCloseTo(expected.height(), withinAHundredth);
        }
    }

    /**
     * New photos are gated by the decode workers on the thumbnail they make; photos embedded before automatic reading
     * was on are gated by the text stage from their stored thumbnails, with the same outcome and no re-embedding.
     */
    @Test
    void photosIndexedWithTextOffAreGatedFromTheirStoredThumbnails() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library, TextReading.off());
            long embedded = encoder.encodedImages.get();

            IndexingSummary auto = index(library, reading(TextMode.AUTO));

            assertThat(encoder.encodedImages.get()).isEqualTo(embedded);
            assertThat(auto.textRead()).as("the sign and the screenshot").isEqualTo(2);
            assertThat(library.textOutcomes()).containsOnly(Map.entry("read", 2L), Map.entry("gated", 4L));
        }
    }

    @Test
    void anExactGateReadsOnlyThePhotosItIsToldHoldText() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            Path sign = photos.resolve("docs/sign.jpg").toAbsolutePath();

            IndexingSummary exact = index(library, TextReading.withExactGate(Set.of(sign), TextReading.DEFAULT_LIMIT));

            assertThat(exact.textRead()).isEqualTo(1);
            assertThat(library.textOutcomes()).containsEntry("read", 1L).containsEntry("gated", 5L);
            assertThat(library.textOf(hash(library, sign)).text()).isEqualTo("Rua Augusta\npelican lighthouse");
        }
    }
}
