package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.image.PixelLayout;
import dev.fovea.testing.SyntheticImages;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JPEGs that libjpeg decodes with a warning (as do PIL and ImageMagick, which use it) are photos, not corrupt
 * files: stray bytes where a marker should be, junk between the start of image and the first segment, a
 * malformed Photoshop APP13 or a truncated Adobe APP14 segment.
 */
class LenientJpegTest {
    @TempDir
    Path dir;

    private byte[] jpeg;

    @BeforeEach
    void jpeg() throws Exception {
        jpeg = Files.readAllBytes(TestPictures.jpeg(
                SyntheticImages.generate(160, 120, PixelLayout.RGB, 4), dir.resolve("clean.jpg"), 0.9f));
    }

    @Test
    void jpegsLibjpegDecodesWithAWarningAreDecoded() throws Exception {
        byte[] junk = {0x11, 0x22, 0x33};
        Map<String, byte[]> damaged = Map.of(
                "stray bytes before the scan",
                insert(jpeg, markerAt(jpeg, 0xDA), junk),
                "stray bytes before the end",
                insert(jpeg, markerAt(jpeg, 0xD9), junk),
                "junk after the start of image",
                insert(jpeg, 2, junk),
                "a malformed Photoshop APP13",
                insert(jpeg, 2, segment(0xED, "Photoshop 3.0\08BIM\4\4\0\0\u007f\u007f\u007f\u007f")),
                "a truncated Adobe APP14",
                insert(jpeg, 2, segment(0xEE, "Ado")));
        for (PhotoDecoder decoder : new PhotoDecoder[] {new PhotoDecoder(), PhotoDecoder.withoutNativeLibraries()}) {
            for (Map.Entry<String, byte[]> file : damaged.entrySet()) {
                Path path = Files.write(dir.resolve("damaged.jpg"), file.getValue());

                DecodedImage decoded = decoder.decode(path, DecodeRequest.fullResolution());

                assertThat(decoded.image().width()).as(file.getKey()).isEqualTo(160);
                assertThat(decoded.image().height()).as(file.getKey()).isEqualTo(120);
            }
        }
    }

    /** The catalog keeps libjpeg's own words for what it read past; segments libjpeg does not parse give none. */
    @Test
    void theWarningIsLibjpegsAndACleanJpegHasNone() throws Exception {
        byte[] junk = {0x11, 0x22, 0x33};
        Map<String, String> warnings = Map.of(
                "clean",
                "",
                "stray bytes before the end",
                "Corrupt JPEG data: 3 extraneous bytes before marker 0xd9",
                "junk after the start of image",
                "Corrupt JPEG data: 3 extraneous bytes before marker 0xe0",
                "a truncated Adobe APP14",
                "");
        Map<String, byte[]> files = Map.of(
                "clean",
                jpeg,
                "stray bytes before the end",
                insert(jpeg, markerAt(jpeg, 0xD9), junk),
                "junk after the start of image",
                insert(jpeg, 2, junk),
                "a truncated Adobe APP14",
                insert(jpeg, 2, segment(0xEE, "Ado")));
        for (PhotoDecoder decoder : new PhotoDecoder[] {new PhotoDecoder(), PhotoDecoder.withoutNativeLibraries()}) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = Files.write(dir.resolve("file.jpg"), file.getValue());

                DecodedImage decoded = decoder.decode(path, DecodeRequest.atLeast(8));

                String expected = warnings.get(file.getKey());
                assertThat(decoded.warning())
                        .as(decoder.jpegDecoderName() + ": " + file.getKey())
                        .isEqualTo(expected.isEmpty() ? null : expected);
            }
        }
    }

    private static byte[] segment(int marker, String payload) {
        byte[] bytes = payload.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, 0, (byte) (bytes.length + 2)});
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    private static byte[] insert(byte[] data, int at, byte[] extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data, 0, at);
        out.writeBytes(extra);
        out.write(data, at, data.length - at);
        return out.toByteArray();
    }

    private static int markerAt(byte[] data, int marker) {
        for (int i = 2; i + 1 < data.length; i++) {
            if ((data[i] & 0xff) == 0xFF && (data[i + 1] & 0xff) == marker) {
                return i;
            }
        }
        throw new IllegalArgumentException("no marker " + marker);
    }
}
