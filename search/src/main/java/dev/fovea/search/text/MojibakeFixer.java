package dev.fovea.search.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ftfy's {@code fix_encoding}: undoes UTF-8 that was decoded as a single-byte encoding ("cafÃ©" is
 * "café", "donâ€™t" is "don’t"), but only where {@link MojibakeDetector} finds the text implausible, so
 * that sound text is never touched. Ported from ftfy 6.3.1 (MIT licence), step for step, including its
 * quirks, because the token ids must equal open_clip's.
 *
 * <p>Byte patterns are matched on Latin-1 strings (one char per byte), the simplest way to run
 * {@link Pattern} over bytes.
 */
final class MojibakeFixer {
    /** UTF-8 that would be valid if some process had not turned a byte 0xA0 into a space. */
    private static final Pattern ALTERED_UTF8 = Pattern.compile("[\\xC2\\xC3\\xC5\\xCE\\xD0\\xD9] "
            + "|[\\xE2\\xE3] [\\x80-\\x84\\x86-\\x9F\\xA1-\\xBF]"
            + "|[\\xE0-\\xE3][\\x80-\\x84\\x86-\\x9F\\xA1-\\xBF] "
            + "|\\xF0 [\\x80-\\xBF][\\x80-\\xBF]"
            + "|\\xF0[\\x80-\\xBF] [\\x80-\\xBF]"
            + "|\\xF0[\\x80-\\xBF][\\x80-\\xBF] ");
    /** "Ã " as a word is "à " (French "à la"), except in the Portuguese contractions "às", "àquele"... */
    private static final Pattern A_GRAVE_WORD = Pattern.compile("\\xC3 (?! |quele|quela|quilo|s )");
    /** UTF-8 sequences in which a sloppy decoder lost bytes (byte 0x1A stands for each lost one). */
    private static final Pattern LOSSY_UTF8 = Pattern.compile("[\\xC2-\\xDF]\\x1A"
            + "|[\\xC2-\\xC3]\\?"
            + "|\\xED[\\xA0-\\xAF][\\x1A?]\\xED[\\xB0-\\xBF][\\x1A?\\x80-\\xBF]"
            + "|\\xED[\\xA0-\\xAF][\\x1A?\\x80-\\xBF]\\xED[\\xB0-\\xBF][\\x1A?]"
            + "|[\\xE0-\\xEF][\\x1A?][\\x1A\\x80-\\xBF]"
            + "|[\\xE0-\\xEF][\\x1A\\x80-\\xBF][\\x1A?]"
            + "|[\\xF0-\\xF4][\\x1A?][\\x1A\\x80-\\xBF][\\x1A\\x80-\\xBF]"
            + "|[\\xF0-\\xF4][\\x1A\\x80-\\xBF][\\x1A?][\\x1A\\x80-\\xBF]"
            + "|[\\xF0-\\xF4][\\x1A\\x80-\\xBF][\\x1A\\x80-\\xBF][\\x1A?]"
            + "|\\x1A");

    private static final String REPLACEMENT_UTF8 =
            new String("\uFFFD".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    private static final Pattern C1_CONTROL = Pattern.compile("[\\x80-\\x9F]");

    private MojibakeFixer() {}

    static String fixEncoding(String text) {
        while (true) {
            String fixed = fixOneStep(text);
            if (fixed.equals(text)) {
                return fixed;
            }
            text = fixed;
        }
    }

    private static String fixOneStep(String text) {
        if (text.isEmpty() || isAscii(text) || !MojibakeDetector.isBad(text)) {
            return text;
        }
        boolean latin1Possible = false;
        for (SingleByteEncoding encoding : SingleByteEncoding.CANDIDATES) {
            if (!encoding.canEncode(text)) {
                continue;
            }
            latin1Possible |= encoding == SingleByteEncoding.CANDIDATES.getFirst();
            String bytes = latin1(encoding.encode(text));
            if (!encoding.name().equals("macroman")
                    && ALTERED_UTF8.matcher(bytes).find()) {
                bytes = restoreByteA0(bytes);
            }
            if (encoding.isSloppy()) {
                bytes = LOSSY_UTF8.matcher(bytes).replaceAll(REPLACEMENT_UTF8);
            }
            String decoded = bytes.indexOf('\u00ED') >= 0 || bytes.indexOf('\u00C0') >= 0
                    ? decodeUtf8Variants(bytes)
                    : SingleByteEncoding.decodeUtf8(bytes.getBytes(StandardCharsets.ISO_8859_1));
            if (decoded != null) {
                return decoded;
            }
        }
        Matcher embedded = MojibakeDetector.utf8Detector().matcher(text);
        if (embedded.find()) {
            String fixed = decodeInconsistentUtf8(text);
            if (!fixed.equals(text)) {
                return fixed;
            }
        }
        if (latin1Possible) {
            // ftfy means to keep text that is valid both as Latin-1 and Windows-1252, but it checks for
            // "windows-1252" among encodings it names "sloppy-windows-1252", so it always tries this.
            String fixed = SingleByteEncoding.latin1AsStrictWindows1252(text);
            if (fixed != null && !fixed.equals(text)) {
                return fixed;
            }
        }
        if (C1_CONTROL.matcher(text).find()) {
            return fixC1Controls(text);
        }
        return text;
    }

    /** C1 control characters are almost always Windows-1252 bytes read as Latin-1, as browsers assume. */
    static String fixC1Controls(String text) {
        return C1_CONTROL
                .matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(SingleByteEncoding.SLOPPY_WINDOWS_1252.decode(
                        new byte[] {(byte) match.group().charAt(0)})));
    }

    /** Fixes runs of UTF-8 mojibake inside text that as a whole cannot be re-encoded. */
    private static String decodeInconsistentUtf8(String text) {
        return MojibakeDetector.utf8Detector().matcher(text).replaceAll(match -> {
            String run = match.group();
            return Matcher.quoteReplacement(
                    run.length() < text.length() && MojibakeDetector.isBad(run) ? fixEncoding(run) : run);
        });
    }

    private static String restoreByteA0(String bytes) {
        String aGrave = A_GRAVE_WORD.matcher(bytes).replaceAll("\u00C3\u00A0 ");
        return ALTERED_UTF8.matcher(aGrave).replaceAll(match -> match.group().replace(' ', '\u00A0'));
    }

    /**
     * ftfy's "utf-8-variants": UTF-8 that also accepts CESU-8 (a supplementary character as two encoded
     * surrogates) and Java's modified UTF-8 NUL (C0 80). Null where the bytes are not decodable.
     */
    private static String decodeUtf8Variants(String bytes) {
        ByteArrayOutputStream standard = new ByteArrayOutputStream(bytes.length());
        for (int i = 0; i < bytes.length(); ) {
            if (bytes.startsWith("\u00C0\u0080", i)) {
                standard.write(0);
                i += 2;
            } else if (isCesu8Pair(bytes, i)) {
                int codePoint = 0x10000
                        + ((bytes.charAt(i + 1) & 0x0F) << 16)
                        + ((bytes.charAt(i + 2) & 0x3F) << 10)
                        + ((bytes.charAt(i + 4) & 0x0F) << 6)
                        + (bytes.charAt(i + 5) & 0x3F);
                standard.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += 6;
            } else {
                standard.write(bytes.charAt(i++));
            }
        }
        return SingleByteEncoding.decodeUtf8(standard.toByteArray());
    }

    private static boolean isCesu8Pair(String bytes, int i) {
        return i + 6 <= bytes.length()
                && bytes.charAt(i) == 0xED
                && inRange(bytes.charAt(i + 1), 0xA0, 0xAF)
                && inRange(bytes.charAt(i + 2), 0x80, 0xBF)
                && bytes.charAt(i + 3) == 0xED
                && inRange(bytes.charAt(i + 4), 0xB0, 0xBF)
                && inRange(bytes.charAt(i + 5), 0x80, 0xBF);
    }

    private static boolean inRange(char c, int low, int high) {
        return c >= low && c <= high;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
