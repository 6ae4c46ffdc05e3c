package dev.fovea.indexer.decode;

import java.util.Locale;

/** The picture formats Fovea recognises by content. */
enum ImageFormat {
    JPEG,
    PNG,
    GIF,
    BMP,
    WEBP,
    TIFF,
    HEIF,
    AVIF,
    RAW;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
