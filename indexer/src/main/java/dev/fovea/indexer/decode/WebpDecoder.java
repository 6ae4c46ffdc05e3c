package dev.fovea.indexer.decode;

import dev.fovea.indexer.decode.binding.LibWebp;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Still WebP pictures through libwebp, RGB or RGBA as PIL opens them. Animated files (and anything libwebp
 * declines) are left to the ImageIO fallback, which reads their first frame.
 */
final class WebpDecoder {
    private static final int STATUS_NOT_ENOUGH_DATA = 7;

    private final LibWebp webp;
    private final DecodeLimits limits;

    WebpDecoder(LibWebp webp, DecodeLimits limits) {
        this.webp = webp;
        this.limits = limits;
    }

    /** The picture, or empty when the ImageIO fallback should try (animation, features libwebp lacks). */
    Optional<StoredPicture> decode(Path file, byte[] data) throws InterruptedException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment bytes = arena.allocate(data.length);
            MemorySegment.copy(data, 0, bytes, ValueLayout.JAVA_BYTE, 0, data.length);
            LibWebp.Features features = webp.features(bytes);
            if (features.status() == STATUS_NOT_ENOUGH_DATA) {
                throw new UndecodableImageException(
                        UndecodableImageException.TRUNCATED,
                        file,
                        "the WebP file ends before its header does; it is incomplete (copy it again from its source).");
            }
            if (features.status() != 0) {
                throw new UndecodableImageException(
                        UndecodableImageException.CORRUPT,
                        file,
                        "the WebP header is damaged (libwebp status " + features.status() + ").");
            }
            if (features.animation()) {
                return Optional.empty();
            }
            limits.checkSource(file, features.width(), features.height(), "WebP picture");
            int channels = features.alpha() ? 4 : 3;
            try (PixelBudget.Reservation ignored =
                    limits.budget().reserve(2L * features.width() * features.height() * channels)) {
                LibWebp.Decoded decoded = webp.decode(bytes, features.alpha())
                        .orElseThrow(() -> new UndecodableImageException(
                                UndecodableImageException.CORRUPT,
                                file,
                                "the WebP picture data is damaged or incomplete."));
                PixelImage image = new PixelImage(
                        decoded.width(),
                        decoded.height(),
                        features.alpha() ? PixelLayout.RGBA : PixelLayout.RGB,
                        decoded.pixels());
                return Optional.of(new StoredPicture(image, decoded.width(), decoded.height()));
            }
        }
    }
}
