package dev.fovea.indexer.text;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * How indexing runs read the text in photos.
 *
 * @param perPhotoLimit a photo whose reading takes longer is left without text (and not tried again)
 * @param exactGate benchmarks only, null otherwise: in {@link TextMode#AUTO} the photos (absolute paths) that hold
 *     text, so that the speed of a gate that never errs is measured; the {@link TextGate} is not asked
 */
public record TextReading(TextMode mode, Duration perPhotoLimit, Set<Path> exactGate) {
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(20);
    /** Short side photos are decoded at to be read: small print stays legible and JPEGs can still be decoded reduced. */
    public static final int DECODE_SHORT_SIDE = 1500;
    /** The gate id recorded for photos an exact gate passed over. */
    public static final String EXACT_GATE_ID = "exact-gate";

    public TextReading(TextMode mode, Duration perPhotoLimit) {
        this(mode, perPhotoLimit, null);
    }

    public static TextReading off() {
        return new TextReading(TextMode.OFF, DEFAULT_LIMIT);
    }

    /** Automatic reading whose gate passes exactly {@code photosWithText}: what the benchmark measures auto with. */
    public static TextReading withExactGate(Set<Path> photosWithText, Duration perPhotoLimit) {
        return new TextReading(TextMode.AUTO, perPhotoLimit, Set.copyOf(photosWithText));
    }
}
