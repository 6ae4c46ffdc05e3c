package dev.fovea.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.bench.TextPictures;
import dev.fovea.indexer.bench.TextPictures.Spec;
import dev.fovea.indexer.catalog.TextTable;
import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.indexer.text.TextReading;
import dev.fovea.indexer.thumbnail.Thumbnail;
import dev.fovea.indexer.thumbnail.ThumbnailMaker;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate the decode workers run on the thumbnail they have just made. */
class ThumbnailTextGateTest {
    private static final PhotoMetadata CAMERA_JPEG = PhotoMetadata.EMPTY.withFileType("jpeg");

    private static Thumbnail thumbnail(BufferedImage picture) {
        return new ThumbnailMaker().scale(TextPictures.pixels(picture));
    }

    private static final Thumbnail SIGN = thumbnail(TextPictures.render(Spec.plain("sign", "Rua Augusta", "pelican")));
    private static final Thumbnail HOLIDAY = thumbnail(TestPhotos.picture(1600, 1200, 3));

    @Test
    void passesThePhotosItsDetectorFindsTextInAndScreenshots() {
        try (ThumbnailTextGate gate = ThumbnailTextGate.forReading(automatic())) {
            AtomicInteger passes = new AtomicInteger();
            gate.whenPassing(passes::incrementAndGet);
            assertThat(gate.verdict("sign", SIGN, CAMERA_JPEG)).isEqualTo(TextTable.Outcome.PASSED);
            assertThat(gate.verdict("holiday", HOLIDAY, CAMERA_JPEG)).isEqualTo(TextTable.Outcome.GATED);
            assertThat(gate.verdict("holiday", HOLIDAY, PhotoMetadata.EMPTY.withFileType("png")))
                    .as("a PNG no camera wrote")
                    .isEqualTo(TextTable.Outcome.PASSED);
            assertThat(gate.areaOf("sign").fraction())
                    .as("the text stage reads only the sign's lines, a small part of the picture")
                    .isLessThan(0.3);
            assertThat(gate.areaOf("holiday"))
                    .as("passed over, or a screenshot: read whole")
                    .isNull();
        }
    }

    @Test
    void looksAtNothingUnlessReadingIsAutomaticWithTheDetector() {
        for (TextReading reading : new TextReading[] {
            TextReading.off(),
            new TextReading(TextMode.ALL, TextReading.DEFAULT_LIMIT),
            TextReading.withExactGate(Set.of(Path.of("/photos/sign.jpg")), TextReading.DEFAULT_LIMIT)
        }) {
            try (ThumbnailTextGate gate = ThumbnailTextGate.forReading(reading)) {
                assertThat(gate.verdict("sign", SIGN, CAMERA_JPEG))
                        .as(reading.toString())
                        .isNull();
            }
        }
    }

    /** A worker the watchdog left behind may come to the gate after the run closed it: no verdict, no crash. */
    @Test
    void aClosedGateLeavesTheDecisionToTheTextStage() {
        ThumbnailTextGate gate = ThumbnailTextGate.forReading(automatic());
        assertThat(gate.verdict("sign", SIGN, CAMERA_JPEG)).isEqualTo(TextTable.Outcome.PASSED);
        gate.close();
        gate.close();
        assertThat(gate.verdict("sign", SIGN, CAMERA_JPEG)).isNull();
    }

    private static TextReading automatic() {
        return new TextReading(TextMode.AUTO, TextReading.DEFAULT_LIMIT);
    }
}
