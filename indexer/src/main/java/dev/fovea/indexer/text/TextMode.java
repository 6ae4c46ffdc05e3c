package dev.fovea.indexer.text;

import dev.fovea.search.FoveaException;
import java.util.Locale;

/** Which photos an indexing run reads the text of. */
public enum TextMode {
    /** Photos the {@link TextGate} expects text in: screenshots and photos its text detector finds text in. */
    AUTO,
    ALL,
    OFF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws FoveaException naming the accepted values when {@code text} is none of them */
    public static TextMode parse(String text) {
        for (TextMode mode : values()) {
            if (mode.label().equalsIgnoreCase(text.strip())) {
                return mode;
            }
        }
        throw new FoveaException("Unknown text reading mode '" + text + "'. Use auto, all or off.");
    }
}
