package dev.fovea.indexer.text;

import dev.fovea.search.image.PixelImage;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Decides whether a photo is worth reading: reading costs several times more than embedding, and most photos hold
 * no text. A photo is read when it looks like a screenshot (a PNG no camera wrote) or when the {@link TextDetector}
 * finds text in a small copy of it (its thumbnail). The zero-shot CLIP categories that decided before are not asked:
 * their quality cannot be measured without real weights, and the photos of text the detector passes over are ones
 * Tesseract reads nothing in (docs/text-in-photos.md).
 */
public final class TextGate {
    /** Names the rule and its detector: photos an older gate passed over are looked at again. */
    public static final String ID = "gate-2/" + TextDetector.MODEL + "@" + TextDetector.LONG_SIDE;

    private final TextDetector detector;

    public TextGate(TextDetector detector) {
        this.detector = detector;
    }

    /**
     * Whether a photo is read, and where its text is when the detector decided.
     *
     * @param area where the detector found text; null for a screenshot or a photo passed over (read whole if read)
     */
    public record Verdict(boolean read, TextArea area) {}

    /**
     * @param small the photo at about {@value TextDetector#LONG_SIDE} px on its long side, asked for only when the
     *     screenshot rule has not already decided
     * @param fileType lower-case type (png, jpg, ...), or null
     * @param cameraMake EXIF make, or null when no camera wrote the file
     */
    public Verdict look(Supplier<PixelImage> small, String fileType, String cameraMake) {
        if (screenshotLike(fileType, cameraMake)) {
            return new Verdict(true, null);
        }
        TextDetector.Detection detection = detector.detect(small.get());
        return new Verdict(detection.holdsText(), detection.area());
    }

    public static boolean screenshotLike(String fileType, String cameraMake) {
        return "png".equals(fileType == null ? null : fileType.toLowerCase(Locale.ROOT))
                && (cameraMake == null || cameraMake.isBlank());
    }
}
