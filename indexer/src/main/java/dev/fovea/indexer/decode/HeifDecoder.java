package dev.fovea.indexer.decode;

import dev.fovea.indexer.decode.binding.LibHeif;
import dev.fovea.indexer.decode.binding.LibHeif.HeifException;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;

/** HEIF, HEIC and AVIF through libheif: the primary picture, upright (libheif applies the file's rotation). */
final class HeifDecoder {
    /** libheif's own guard against absurd declared sizes, per side. */
    private static final int MAXIMUM_SIDE = 32768;

    private static final int SUBERROR_END_OF_DATA = 100;

    private final LibHeif heif;
    private final DecodeLimits limits;

    HeifDecoder(LibHeif heif, DecodeLimits limits) {
        this.heif = heif;
        this.limits = limits;
    }

    StoredPicture decode(Path file, byte[] data, ImageFormat format) throws InterruptedException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment bytes = arena.allocate(data.length);
            MemorySegment.copy(data, 0, bytes, ValueLayout.JAVA_BYTE, 0, data.length);
            try (LibHeif.Session session = heif.new Session(bytes, MAXIMUM_SIDE)) {
                LibHeif.Primary primary = session.primary();
                if (primary.width() <= 0 || primary.height() <= 0) {
                    throw new UndecodableImageException(
                            UndecodableImageException.CORRUPT,
                            file,
                            "the " + format.label() + " declares an empty picture.");
                }
                limits.checkSource(
                        file,
                        primary.width(),
                        primary.height(),
                        format.label().toUpperCase(java.util.Locale.ROOT) + " picture");
                if (!limits.fits((long) primary.width() * primary.height())) {
                    throw limits.tooLarge(file, primary.width(), primary.height());
                }
                int channels = primary.alpha() ? 4 : 3;
                try (PixelBudget.Reservation ignored =
                        limits.budget().reserve(2L * primary.width() * primary.height() * channels)) {
                    LibHeif.Decoded decoded = session.decode(primary.alpha());
                    PixelImage image = new PixelImage(
                            decoded.width(),
                            decoded.height(),
                            primary.alpha() ? PixelLayout.RGBA : PixelLayout.RGB,
                            decoded.pixels());
                    return new StoredPicture(image, decoded.width(), decoded.height());
                }
            } catch (HeifException e) {
                throw failure(file, format, e);
            }
        }
    }

    private static UndecodableImageException failure(Path file, ImageFormat format, HeifException e) {
        String name = format == ImageFormat.AVIF ? "AVIF" : "HEIF/HEIC";
        return switch (e.code()) {
            case HeifException.UNSUPPORTED_FILETYPE, HeifException.UNSUPPORTED_FEATURE ->
                new UndecodableImageException(
                        UndecodableImageException.UNSUPPORTED,
                        file,
                        "libheif cannot decode this " + name + " file (" + e.getMessage() + "). "
                                + (format == ImageFormat.AVIF
                                        ? "AVIF needs libheif built with an AV1 decoder (libdav1d or libaom)."
                                        : ""));
            case HeifException.DECODER_PLUGIN_ERROR ->
                new UndecodableImageException(
                        UndecodableImageException.CORRUPT,
                        file,
                        "the " + name + " picture data is damaged (" + e.getMessage() + ").");
            case HeifException.MEMORY_ALLOCATION_ERROR ->
                new UndecodableImageException(
                        UndecodableImageException.TOO_LARGE,
                        file,
                        "libheif ran out of memory decoding it (" + e.getMessage() + ").");
            default ->
                e.subcode() == SUBERROR_END_OF_DATA
                        ? new UndecodableImageException(
                                UndecodableImageException.TRUNCATED,
                                file,
                                "the " + name + " file ends early; it is incomplete (copy it again from its source).")
                        : new UndecodableImageException(
                                UndecodableImageException.CORRUPT,
                                file,
                                "the " + name + " file is damaged (" + e.getMessage() + ").");
        };
    }
}
