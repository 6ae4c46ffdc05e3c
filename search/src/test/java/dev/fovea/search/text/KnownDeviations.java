package dev.fovea.search.text;

import java.util.Map;

/**
 * Inputs on which Fovea knowingly tokenizes unlike open_clip, each with the entry of docs/tokenizer.md that
 * explains it. {@link KnownDeviationsTest} checks that every one is documented and still deviates.
 */
final class KnownDeviations {
    /** Input to the heading of docs/tokenizer.md's section on it. */
    static final Map<String, String> INPUTS = Map.of(
            // Python 3.11 lowercases with Unicode 14; Java 25 knows the case pairs Unicode 16 added.
            "\uA7CB", "Unicode versions",
            "\uA7DC", "Unicode versions",
            "\uD803\uDD50", "Unicode versions");

    private KnownDeviations() {}

    static boolean isKnown(String text) {
        return INPUTS.containsKey(text);
    }
}
