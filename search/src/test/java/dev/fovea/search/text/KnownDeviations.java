package dev.fovea.search.text;

import java.util.Set;

/** Inputs on which Fovea knowingly tokenizes unlike open_clip; each is explained in docs/tokenizer.md. */
final class KnownDeviations {
    static final Set<String> INPUTS = Set.of();

    private KnownDeviations() {}

    static boolean isKnown(String text) {
        return INPUTS.contains(text);
    }
}
