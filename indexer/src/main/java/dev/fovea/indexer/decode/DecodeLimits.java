package dev.fovea.indexer.decode;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How large a picture Fovea decodes: decoders check the header against these before allocating anything,
 * so a decompression bomb (a small file declaring a huge picture) is refused, not attempted.
 *
 * @param maxDecodedPixels most pixels one decoded picture may have (at the scale decoded)
 * @param maxSourcePixels most pixels a picture may declare when its decoder must hold all of it at once
 *     (progressive JPEG coefficients, HEIF, formats without reduced-scale decoding)
 * @param maxFileBytes largest file read into memory
 */
record DecodeLimits(long maxDecodedPixels, long maxSourcePixels, long maxFileBytes, PixelBudget budget) {
    /** 100 megapixels decoded (a 400 MB RGBA buffer at most), 250 megapixels declared, 1 GiB files. */
    static DecodeLimits standard() {
        return new DecodeLimits(100_000_000L, 250_000_000L, 1L << 30, PixelBudget.fromHeap());
    }

    boolean fits(long pixels) {
        return pixels <= maxDecodedPixels;
    }

    void checkSource(Path file, long width, long height, String what) {
        if (width * height > maxSourcePixels) {
            throw new UndecodableImageException(
                    UndecodableImageException.TOO_LARGE,
                    file,
                    String.format(
                            Locale.ROOT,
                            "the %s is %d x %d pixels; Fovea decodes such pictures up to %d megapixels.",
                            what,
                            width,
                            height,
                            maxSourcePixels / 1_000_000));
        }
    }

    UndecodableImageException tooLarge(Path file, long width, long height) {
        return new UndecodableImageException(
                UndecodableImageException.TOO_LARGE,
                file,
                String.format(
                        Locale.ROOT,
                        "the picture is %d x %d pixels; Fovea decodes up to %d megapixels.",
                        width,
                        height,
                        maxDecodedPixels / 1_000_000));
    }
}
