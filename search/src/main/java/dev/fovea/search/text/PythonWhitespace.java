package dev.fovea.search.text;

/**
 * Whitespace as Python's {@code str.isspace}, {@code str.split()}, {@code str.strip()} and {@code re}'s
 * {@code \s} define it: bidirectional classes WS, B and S plus category Zs. Unlike Java's
 * {@link Character#isWhitespace} it includes U+0085, U+00A0, U+2007 and U+202F, and it includes the
 * information separators U+001C to U+001F, which Unicode's White_Space property does not.
 */
final class PythonWhitespace {
    /** For regular expressions: the same set as a character class body. */
    static final String CLASS =
            "\\t\\n\\x0B\\f\\r\\x1C-\\x20\\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

    private PythonWhitespace() {}

    static boolean is(int codePoint) {
        return switch (codePoint) {
            case '\t',
                    '\n',
                    0x0B,
                    '\f',
                    '\r',
                    0x1C,
                    0x1D,
                    0x1E,
                    0x1F,
                    ' ',
                    0x85,
                    0xA0,
                    0x1680,
                    0x2028,
                    0x2029,
                    0x202F,
                    0x205F,
                    0x3000 -> true;
            default -> codePoint >= 0x2000 && codePoint <= 0x200A;
        };
    }

    /** {@code " ".join(text.split())}: runs of whitespace become one space, none at either end. */
    static String collapse(String text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (is(codePoint)) {
                pendingSpace = !collapsed.isEmpty();
            } else {
                if (pendingSpace) {
                    collapsed.append(' ');
                    pendingSpace = false;
                }
                collapsed.appendCodePoint(codePoint);
            }
        }
        return collapsed.toString();
    }
}
