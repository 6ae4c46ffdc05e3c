package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {
    @Test
    void recognisesFormatsByTheirSignatures() {
        assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}, "x.png"))
                .contains(ImageFormat.JPEG);
        assertThat(sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "x"))
                .contains(ImageFormat.PNG);
        assertThat(sniff(ascii("GIF89a"), "x")).contains(ImageFormat.GIF);
        assertThat(sniff(ascii("RIFF\0\0\0\0WEBPVP8 "), "x")).contains(ImageFormat.WEBP);
        assertThat(sniff(ascii("\0\0\0\u0018ftypheic"), "x")).contains(ImageFormat.HEIF);
        assertThat(sniff(ascii("\0\0\0\u0018ftypavif"), "x")).contains(ImageFormat.AVIF);
        assertThat(sniff(ascii("\0\0\0\u0018ftypcrx "), "x")).contains(ImageFormat.RAW);
        assertThat(sniff(ascii("FUJIFILMCCD-RAW 0201"), "x")).contains(ImageFormat.RAW);
        assertThat(sniff(ascii("IIRO\u0008\0\0\0"), "x")).contains(ImageFormat.RAW);
    }

    @Test
    void tiffStructuredRawFilesAreToldApartByExtensionOrCanonSignature() {
        assertThat(sniff(ascii("II*\0\u0008\0\0\0"), "photo.tif")).contains(ImageFormat.TIFF);
        assertThat(sniff(ascii("II*\0\u0008\0\0\0"), "DSC_0001.NEF")).contains(ImageFormat.RAW);
        assertThat(sniff(ascii("MM\0*\0\0\0\u0008"), "photo.dng")).contains(ImageFormat.RAW);
        assertThat(sniff(ascii("II*\0\u0010\0\0\0CR\u0002\0"), "renamed.tif")).contains(ImageFormat.RAW);
    }

    @Test
    void unknownContentIsNotGuessedFromTheName() {
        assertThat(sniff(ascii("hello world"), "photo.jpg")).isEmpty();
        assertThat(sniff(new byte[0], "photo.png")).isEmpty();
    }

    private static Optional<ImageFormat> sniff(byte[] header, String name) {
        return FormatSniffer.sniff(java.util.Arrays.copyOf(header, Math.max(header.length, 1)), header.length, name);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
