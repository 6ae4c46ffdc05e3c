package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import dev.fovea.testing.SyntheticImages;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoDecoderTest {
    private static PhotoDecoder decoder;

    @TempDir
    Path dir;

    @BeforeAll
    static void decoder() {
        decoder = new PhotoDecoder();
    }

    @Test
    void reducedScaleJpegDecodesCoverTheRequestedShortSide() {
        Path photo = TestPictures.jpeg(
                SyntheticImages.generate(4000, 3000, PixelLayout.RGB, 1), dir.resolve("photo.jpg"), 0.9f);
        DecodedImage reduced = decoder.decode(photo, DecodeRequest.atLeast(256));
        DecodedImage full = decoder.decode(photo, DecodeRequest.fullResolution());

        assertThat(reduced.format()).isEqualTo("jpeg");
        assertThat(Math.min(reduced.image().width(), reduced.image().height())).isBetween(256, 2 * 256 - 1);
        assertThat(full.image().width()).isEqualTo(4000);
        assertThat(reduced.sourceWidth()).isEqualTo(4000);
        assertThat(reduced.sourceHeight()).isEqualTo(3000);
    }

    @Test
    void theImageIoFallbackDecodesJpegToo() {
        Path photo = TestPictures.jpeg(
                SyntheticImages.generate(640, 480, PixelLayout.RGB, 2), dir.resolve("photo.jpg"), 0.9f);
        DecodedImage decoded = PhotoDecoder.withoutNativeLibraries().decode(photo, DecodeRequest.atLeast(256));
        assertThat(decoded.image().width()).isBetween(320, 640);
        assertThat(decoded.image().layout()).isEqualTo(PixelLayout.RGB);
    }

    @Test
    void exifOrientationMakesThePictureUpright() {
        PixelImage stored = SyntheticImages.generate(120, 80, PixelLayout.RGB, 3);
        Path rotated = TestPictures.jpegWithOrientation(stored, 6, dir.resolve("rotated.jpg"));
        DecodedImage decoded = decoder.decode(rotated, DecodeRequest.fullResolution());
        assertThat(decoded.image().width()).isEqualTo(80);
        assertThat(decoded.image().height()).isEqualTo(120);
        assertThat(decoded.sourceWidth()).isEqualTo(80);
        assertThat(decoded.sourceHeight()).isEqualTo(120);
    }

    /** The pipeline reuses one array per decode worker: what follows the photo in it is an earlier, larger photo. */
    @Test
    void aPhotoAtTheStartOfALongerArrayDecodesAsFromItsFile() throws IOException {
        Path larger = TestPictures.jpeg(
                SyntheticImages.generate(900, 700, PixelLayout.RGB, 5), dir.resolve("larger.jpg"), 0.95f);
        Path jpeg = TestPictures.jpeg(
                SyntheticImages.generate(640, 480, PixelLayout.RGB, 6), dir.resolve("photo.jpg"), 0.8f);
        Path png = SyntheticImages.writePng(
                SyntheticImages.generate(50, 40, PixelLayout.RGB, 7), dir.resolve("photo.png"));
        for (Path photo : new Path[] {jpeg, png}) {
            byte[] reused = Files.readAllBytes(larger);
            byte[] bytes = Files.readAllBytes(photo);
            assertThat(bytes.length).isLessThan(reused.length);
            System.arraycopy(bytes, 0, reused, 0, bytes.length);

            DecodedImage fromArray = decoder.decode(photo, reused, bytes.length, 1, DecodeRequest.fullResolution());
            DecodedImage fromFile = decoder.decode(photo, DecodeRequest.fullResolution());

            assertThat(fromArray.sourceWidth()).isEqualTo(fromFile.sourceWidth());
            assertThat(fromArray.image().pixels()).isEqualTo(fromFile.image().pixels());
            assertThat(fromArray.warning()).isNull();
        }
    }

    @Test
    void formatComesFromTheContentNotTheName() {
        Path png = SyntheticImages.writePng(
                SyntheticImages.generate(50, 40, PixelLayout.RGB, 4), dir.resolve("actually-a-png.jpg"));
        assertThat(decoder.decode(png, DecodeRequest.fullResolution()).format()).isEqualTo("png");
    }

    @Test
    void badFilesFailWithReasons() throws IOException {
        assertReason(Files.write(dir.resolve("empty.jpg"), new byte[0]), UndecodableImageException.EMPTY);
        assertReason(
                Files.writeString(dir.resolve("notes.jpg"), "not a picture at all"),
                UndecodableImageException.UNKNOWN_FORMAT);
        assertReason(dir.resolve("missing.jpg"), UndecodableImageException.UNREADABLE);
        byte[] jpeg = Files.readAllBytes(TestPictures.jpeg(
                SyntheticImages.generate(300, 200, PixelLayout.RGB, 5), dir.resolve("whole.jpg"), 0.9f));
        assertReason(
                Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length / 2)),
                UndecodableImageException.TRUNCATED);
    }

    @Test
    void heifWithoutLibheifSaysWhatToInstall() throws IOException {
        byte[] heic = {
            0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'
        };
        Path file = Files.write(dir.resolve("photo.heic"), heic);
        assertThatThrownBy(() -> PhotoDecoder.withoutNativeLibraries().decode(file, DecodeRequest.atLeast(256)))
                .isInstanceOfSatisfying(
                        UndecodableImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(UndecodableImageException.NO_DECODER))
                .hasMessageContaining("HEIC needs libheif");
    }

    /** 50,000 x 50,000 pixels in a few hundred KB: refused with a reason, before any allocation. */
    @Test
    void aGiganticPngIsRefused() throws IOException {
        Path bomb = bilevelPng(dir.resolve("bomb.png"), 50_000, 50_000);
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        assertReason(bomb, UndecodableImageException.TOO_LARGE, DecodeRequest.fullResolution());
        assertReason(bomb, UndecodableImageException.TOO_LARGE, DecodeRequest.atLeast(256));
    }

    /** 1.6 gigapixels: refused at full scale, read subsampled row by row (bounded memory) otherwise. */
    @Test
    void aHugePngDecodesSubsampledWithinThePixelLimit() throws IOException {
        Path huge = bilevelPng(dir.resolve("huge.png"), 40_000, 40_000);
        assertReason(huge, UndecodableImageException.TOO_LARGE, DecodeRequest.fullResolution());

        DecodedImage reduced = decoder.decode(huge, DecodeRequest.atLeast(256));
        assertThat((long) reduced.image().width() * reduced.image().height()).isLessThanOrEqualTo(100_000_000L);
        assertThat(reduced.sourceWidth()).isEqualTo(40_000);
    }

    @Test
    void aJpegDeclaringAnEnormousPictureIsRefusedAtFullScale() throws IOException {
        byte[] jpeg = Files.readAllBytes(TestPictures.jpeg(
                SyntheticImages.generate(64, 48, PixelLayout.RGB, 6), dir.resolve("small.jpg"), 0.9f));
        JpegStructure structure = JpegStructure.parse(jpeg, 0, jpeg.length).orElseThrow();
        assertThat(structure.width()).isEqualTo(64);
        for (int i = 2; i + 9 < jpeg.length; i++) { // rewrite the frame header's size to 65000 x 65000
            if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xC0) {
                jpeg[i + 5] = (byte) 0xFD;
                jpeg[i + 6] = (byte) 0xE8;
                jpeg[i + 7] = (byte) 0xFD;
                jpeg[i + 8] = (byte) 0xE8;
                break;
            }
        }
        Path bomb = Files.write(dir.resolve("bomb.jpg"), jpeg);
        assertReason(bomb, UndecodableImageException.TOO_LARGE, DecodeRequest.fullResolution());
    }

    /**
     * A 1 x 1 frame placed far out on a 1 x 1 screen: PIL (and Fovea after it) grows the canvas to hold the
     * frame, so 40 bytes declare a picture of gigapixels.
     */
    @Test
    void aGifWhoseFrameOffsetGrowsTheCanvasPastTheLimitIsTooLarge() throws IOException {
        assertReason(Files.write(dir.resolve("far.gif"), gifWithOneDot(65_535)), UndecodableImageException.TOO_LARGE);
        assertReason(Files.write(dir.resolve("near.gif"), gifWithOneDot(15_000)), UndecodableImageException.TOO_LARGE);
    }

    private static void assertReason(Path file, String reason) {
        assertReason(file, reason, DecodeRequest.atLeast(256));
    }

    private static void assertReason(Path file, String reason, DecodeRequest request) {
        assertThatThrownBy(() -> decoder.decode(file, request))
                .isInstanceOfSatisfying(
                        UndecodableImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageStartingWith(file.toString());
    }

    /** A two-colour GIF: a 1 x 1 logical screen and one 1 x 1 frame at ({@code offset}, {@code offset}). */
    private static byte[] gifWithOneDot(int offset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        littleEndian(out, 1, 1);
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, (byte) 255, (byte) 255, (byte) 255});
        out.write(0x2C);
        littleEndian(out, offset, offset, 1, 1);
        out.writeBytes(new byte[] {0, 2, 2, 0x4C, 0x01, 0, 0x3B});
        return out.toByteArray();
    }

    private static void littleEndian(ByteArrayOutputStream out, int... shorts) {
        for (int value : shorts) {
            out.write(value & 0xff);
            out.write(value >> 8 & 0xff);
        }
    }

    /** A 1-bit greyscale PNG of zeros, streamed so the test never holds the picture. */
    private static Path bilevelPng(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream deflated = new DeflaterOutputStream(idat, new java.util.zip.Deflater(9), 1 << 16)) {
            byte[] row = new byte[1 + (width + 7) / 8];
            for (int y = 0; y < height; y++) {
                deflated.write(row);
            }
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.write(new byte[] {1, 0, 0, 0, 0});
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
