package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.image.PixelLayout;
import dev.fovea.testing.SyntheticImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawPreviewDecoderTest {
    @TempDir
    Path dir;

    /** A TIFF-structured RAW: header, sensor-like noise, a thumbnail and a larger preview, more noise. */
    @Test
    void decodesTheLargestEmbeddedPreview() throws IOException {
        byte[] thumbnail = Files.readAllBytes(
                TestPictures.jpeg(SyntheticImages.generate(160, 120, PixelLayout.RGB, 1), dir.resolve("t.jpg"), 0.8f));
        byte[] preview = Files.readAllBytes(TestPictures.jpeg(
                SyntheticImages.generate(1620, 1080, PixelLayout.RGB, 2), dir.resolve("p.jpg"), 0.9f));
        byte[] noise = new byte[200_000];
        new Random(3).nextBytes(noise);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0, 0, 0});
        raw.write(noise, 0, 100_000);
        raw.write(thumbnail);
        raw.write(noise, 100_000, 50_000);
        raw.write(preview);
        raw.write(noise, 150_000, 50_000);
        Path file = Files.write(dir.resolve("DSC_0001.NEF"), raw.toByteArray());

        DecodedImage decoded = new PhotoDecoder().decode(file, DecodeRequest.fullResolution());
        assertThat(decoded.format()).isEqualTo("raw");
        assertThat(decoded.image().width()).isEqualTo(1620);
        assertThat(decoded.image().height()).isEqualTo(1080);
    }

    @Test
    void aRawFileWithoutPreviewSaysSo() throws IOException {
        byte[] noise = new byte[50_000];
        new Random(4).nextBytes(noise);
        noise[0] = 'I';
        noise[1] = 'I';
        noise[2] = 0x55; // Panasonic RW2 signature
        noise[3] = 0;
        Path file = Files.write(dir.resolve("P1000001.RW2"), noise);
        assertThatThrownBy(() -> new PhotoDecoder().decode(file, DecodeRequest.atLeast(256)))
                .isInstanceOfSatisfying(
                        UndecodableImageException.class,
                        e -> assertThat(e.reason())
                                .isIn(UndecodableImageException.NO_PREVIEW, UndecodableImageException.CORRUPT));
    }
}
