package dev.fovea.indexer.scan;

import java.util.Locale;
import java.util.Set;

/**
 * Which files are photos, by extension: what the decoder reads (JPEG, PNG, GIF, BMP, WebP, TIFF,
 * HEIC/HEIF/AVIF and camera RAW previews). Other files in a photo folder (sidecars, videos, documents) are
 * counted as ignored, not as skipped photos. The decoder still checks the content, so a mislabelled file
 * is read by what it is.
 */
public final class PhotoFiles {
    private static final Set<String> EXTENSIONS = Set.of(
            "jpg", "jpeg", "jpe", "jfif", "png", "gif", "bmp", "dib", "webp", "tif", "tiff", "heic", "heif", "hif",
            "avif", "dng", "nef", "nrw", "cr2", "cr3", "crw", "arw", "srf", "sr2", "orf", "rw2", "raf", "pef", "srw",
            "x3f", "3fr", "erf", "kdc", "mef", "mos", "mrw", "rwl", "iiq");

    private PhotoFiles() {}

    public static boolean isPhoto(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
