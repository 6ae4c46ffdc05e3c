package dev.fovea.search.text;

import java.util.Locale;

/**
 * Python's {@code str.lower}: Unicode full lowercase mappings (Java's root locale gives the same), with
 * capital sigma lowered to final ς exactly where Python does: after a cased letter and not before one,
 * skipping case-ignorable characters either side. Java decides final sigma by word boundaries instead,
 * which differs on text like "0Σ" or "'Σ".
 */
final class PythonLowercase {
    private static final int CAPITAL_SIGMA = 0x03A3;
    /** Case_Ignorable characters beyond the categories Mn, Me, Cf, Lm and Sk (Word_Break MidLetter and co). */
    private static final String IGNORABLE_PUNCTUATION =
            "'.:\u00B7\u0387\u055F\u05F4\u2018\u2019\u2024\u2027\uFE13\uFE52\uFE55\uFF07\uFF0E\uFF1A";

    private PythonLowercase() {}

    static String lower(String text) {
        if (text.indexOf(CAPITAL_SIGMA) < 0) {
            return text.toLowerCase(Locale.ROOT);
        }
        StringBuilder lowered = new StringBuilder(text.length());
        int start = 0;
        for (int sigma = text.indexOf(CAPITAL_SIGMA); sigma >= 0; sigma = text.indexOf(CAPITAL_SIGMA, start)) {
            lowered.append(text.substring(start, sigma).toLowerCase(Locale.ROOT));
            lowered.append(isFinal(text, sigma) ? '\u03C2' : '\u03C3');
            start = sigma + 1;
        }
        return lowered.append(text.substring(start).toLowerCase(Locale.ROOT)).toString();
    }

    private static boolean isFinal(String text, int sigma) {
        int before = sigma;
        int previous = -1;
        while (before > 0) {
            previous = text.codePointBefore(before);
            before -= Character.charCount(previous);
            if (!isCaseIgnorable(previous)) {
                break;
            }
            previous = -1;
        }
        if (previous < 0 || !isCased(previous)) {
            return false;
        }
        for (int after = sigma + 1; after < text.length(); ) {
            int next = text.codePointAt(after);
            if (!isCaseIgnorable(next)) {
                return !isCased(next);
            }
            after += Character.charCount(next);
        }
        return true;
    }

    private static boolean isCased(int codePoint) {
        return Character.isLowerCase(codePoint) || Character.isUpperCase(codePoint) || Character.isTitleCase(codePoint);
    }

    private static boolean isCaseIgnorable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.FORMAT,
                    Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL -> true;
            default -> IGNORABLE_PUNCTUATION.indexOf(codePoint) >= 0;
        };
    }
}
