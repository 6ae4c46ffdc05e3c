package dev.fovea.search.text;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The characters that UTF-8 lead and continuation bytes turn into when decoded as Latin-1 or one of the
 * Windows code pages ftfy considers (ftfy's {@code chardata.UTF8_CLUES}). ftfy lists them by hand from
 * these decodings; they are derived here from the same decodings. Each is a regular-expression class body.
 */
final class Utf8Clues {
    private static final List<Charset> CODE_PAGES = List.of(
                    "ISO-8859-1",
                    "windows-1250",
                    "windows-1251",
                    "windows-1252",
                    "windows-1253",
                    "windows-1254",
                    "windows-1257")
            .stream()
            .map(Charset::forName)
            .toList();
    /** Continuation characters that often stand for themselves next to mojibake. */
    private static final String SELF_STANDING = " \u2013\u2014\u2015\u2018\u2019\u201A\u201C\u201D\u201E\u2022\u2026";

    static final String FIRST_OF_2 = decodings(0xC2, 0xDF, "", "");
    static final String FIRST_OF_3 = decodings(0xE0, 0xEF, "", "");
    /** Only 0xF0 and 0xF3: other 4-byte leads stand for unassigned code points. */
    static final String FIRST_OF_4 = decodings(0xF0, 0xF0, "", "") + decodings(0xF3, 0xF3, "", "");
    /** Includes the space, which may have been a no-break space (byte 0xA0). */
    static final String CONTINUATION = decodings(0x80, 0xBF, " ", "");
    /** Continuations that rarely stand for themselves next to mojibake. */
    static final String CONTINUATION_STRICT = decodings(0x80, 0xBF, "", SELF_STANDING);

    private Utf8Clues() {}

    private static String decodings(int firstByte, int lastByte, String plus, String minus) {
        TreeSet<Character> characters = new TreeSet<>();
        for (Charset codePage : CODE_PAGES) {
            for (int b = firstByte; b <= lastByte; b++) {
                char decoded = new String(new byte[] {(byte) b}, codePage).charAt(0);
                if (decoded != '\uFFFD') {
                    characters.add(decoded);
                }
            }
        }
        plus.chars().forEach(c -> characters.add((char) c));
        minus.chars().forEach(c -> characters.remove((char) c));
        StringBuilder regexClass = new StringBuilder();
        characters.forEach(c -> regexClass.append(String.format(Locale.ROOT, "\\x{%X}", (int) c)));
        return regexClass.toString();
    }
}
