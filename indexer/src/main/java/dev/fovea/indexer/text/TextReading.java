package dev.fovea.indexer.text;

import dev.fovea.search.query.QueryEncoder;
import java.time.Duration;

/**
 * How indexing runs read the text in photos.
 *
 * @param prompts the model's text side, for the {@link TextGate}'s prompts; used only in {@link TextMode#AUTO}
 * @param perPhotoLimit a photo whose reading takes longer is left without text (and not tried again)
 */
public record TextReading(TextMode mode, QueryEncoder prompts, Duration perPhotoLimit) {
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(20);

    public static TextReading off() {
        return new TextReading(TextMode.OFF, null, DEFAULT_LIMIT);
    }

    public TextReading {
        if (mode == TextMode.AUTO && prompts == null) {
            throw new IllegalArgumentException("Automatic text reading needs the model's text encoder for its gate");
        }
    }
}
