package dev.fovea.indexer.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the format from the first bytes of a file (magic numbers), not from its name. The one exception:
 * TIFF-structured camera RAW files (NEF, ARW, DNG...) share TIFF's magic, so for those the extension decides
 * between RAW (embedded preview) and plain TIFF.
 */
final class FormatSniffer {
    /** Enough for every signature checked here, and for the BMP header fields decoders look at. */
    static final int HEADER_LENGTH = 128;

    private static final Set<String> TIFF_RAW_EXTENSIONS = Set.of(
            "nef", "nrw", "cr2", "arw", "srf", "sr2", "dng", "pef", "srw", "3fr", "erf", "kdc", "dcr", "mos", "mef",
            "iiq", "rwl", "raw");
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1", "mif2");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

    private FormatSniffer() {}

    static Optional<ImageFormat> sniff(byte[] header, int length, String fileName) {
        byte[] h = Arrays.copyOf(header, Math.max(length, HEADER_LENGTH));
        // libjpeg needs only the start-of-image marker: what follows it up to the next marker may be junk.
        if (u8(h, 0) == 0xFF && u8(h, 1) == 0xD8) {
            return Optional.of(ImageFormat.JPEG);
        }
        if (startsWith(h, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(ImageFormat.PNG);
        }
        if (ascii(h, 0, 6).equals("GIF87a") || ascii(h, 0, 6).equals("GIF89a")) {
            return Optional.of(ImageFormat.GIF);
        }
        if (ascii(h, 0, 2).equals("BM") && length >= 26) {
            return Optional.of(ImageFormat.BMP);
        }
        if (ascii(h, 0, 4).equals("RIFF") && ascii(h, 8, 4).equals("WEBP")) {
            return Optional.of(ImageFormat.WEBP);
        }
        if (ascii(h, 0, 15).equals("FUJIFILMCCD-RAW")) {
            return Optional.of(ImageFormat.RAW);
        }
        String tiffMagic = ascii(h, 0, 4);
        if (tiffMagic.equals("IIRO")
                || tiffMagic.equals("IIRS")
                || tiffMagic.equals("MMOR")
                || tiffMagic.equals("IIU\0")) {
            return Optional.of(ImageFormat.RAW); // Olympus ORF, Panasonic RW2: TIFF with their own magic
        }
        if (tiffMagic.equals("II*\0")
                || tiffMagic.equals("MM\0*")
                || tiffMagic.equals("II+\0")
                || tiffMagic.equals("MM\0+")) {
            boolean canonCr2 = ascii(h, 8, 2).equals("CR");
            return Optional.of(
                    canonCr2 || TIFF_RAW_EXTENSIONS.contains(extension(fileName)) ? ImageFormat.RAW : ImageFormat.TIFF);
        }
        if (ascii(h, 4, 4).equals("ftyp")) {
            String brand = ascii(h, 8, 4);
            if (brand.equals("crx ")) {
                return Optional.of(ImageFormat.RAW); // Canon CR3
            }
            if (AVIF_BRANDS.contains(brand)) {
                return Optional.of(ImageFormat.AVIF);
            }
            if (HEIF_BRANDS.contains(brand)) {
                return Optional.of(ImageFormat.HEIF);
            }
        }
        return Optional.empty();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] header, byte[] prefix) {
        return Arrays.equals(header, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] header, int offset, int length) {
        return new String(header, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static int u8(byte[] header, int index) {
        return header[index] & 0xff;
    }
}
