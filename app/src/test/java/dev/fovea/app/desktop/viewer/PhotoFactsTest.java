package dev.fovea.app.desktop.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PhotoDetails;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhotoFactsTest {
    private final Texts texts = new Texts(Locale.ENGLISH);
    private final Formats formats = new Formats(texts);

    @Test
    void showsWhatIsKnownInReadableUnits() {
        OffsetDateTime taken = OffsetDateTime.of(2023, 7, 14, 18, 30, 0, 0, ZoneOffset.ofHours(1));
        PhotoDetails photo = new PhotoDetails(
                7,
                Path.of("/p/IMG_1.jpg"),
                3_456_789,
                4032,
                3024,
                "jpg",
                taken,
                "Apple",
                "Apple iPhone 13",
                "iPhone 13 back camera",
                1.6,
                1 / 120.0,
                64,
                5.1,
                38.7223,
                -9.1393);
        assertThat(PhotoFacts.of(photo, texts, formats))
                .extracting(PhotoFacts.Fact::value)
                .containsExactly(
                        // The JDK's own long date style (CLDR puts a narrow space before PM).
                        taken.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                                .withLocale(Locale.ENGLISH)
                                .withZone(taken.getOffset())),
                        "Apple iPhone 13",
                        "iPhone 13 back camera",
                        "ƒ/1.6  ·  1/120 s  ·  ISO 64  ·  5 mm",
                        "4032 × 3024  ·  3.5 MB",
                        "JPG",
                        "38.72230° N, 9.13930° W",
                        "/p/IMG_1.jpg");
    }

    @Test
    void leavesOutWhatIsUnknown() {
        PhotoDetails bare = new PhotoDetails(
                1, Path.of("/p/a.png"), 999, 0, 0, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(PhotoFacts.of(bare, texts, formats))
                .extracting(PhotoFacts.Fact::label)
                .containsExactly("Size", "File");
        assertThat(PhotoFacts.of(bare, texts, formats).getFirst().value()).isEqualTo("999 bytes");
    }

    @Test
    void cameraNamesAreNotRepeatedAndLongExposuresReadInSeconds() {
        assertThat(PhotoFacts.camera("Canon", "Canon EOS R5")).isEqualTo("Canon EOS R5");
        assertThat(PhotoFacts.camera("FUJIFILM", "X-T30")).isEqualTo("FUJIFILM X-T30");
        assertThat(PhotoFacts.camera(null, "Pixel 7")).isEqualTo("Pixel 7");
        PhotoDetails night = new PhotoDetails(
                1, Path.of("/n.jpg"), 1, 1, 1, "jpg", null, null, null, null, 8.0, 2.5, 3200, null, null, null);
        assertThat(PhotoFacts.exposure(night, formats)).isEqualTo("ƒ/8.0  ·  2.5 s  ·  ISO 3200");
        assertThat(PhotoFacts.coordinates(-33.8688, 151.2093)).isEqualTo("33.86880° S, 151.20930° E");
    }
}
