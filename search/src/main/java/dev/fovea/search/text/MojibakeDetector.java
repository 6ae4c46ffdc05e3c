package dev.fovea.search.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ftfy's heuristic for "this text looks like mojibake" ({@code badness.is_bad}) and its detector of
 * UTF-8 sequences embedded in otherwise sound text ({@code chardata.UTF8_DETECTOR_RE}). Ported from
 * ftfy 6.3.1 (MIT licence, Robyn Speer): the character categories are ftfy's, written by Unicode name.
 */
final class MojibakeDetector {
    private static final Pattern NAMED = Pattern.compile("\\\\N\\{([^}]+)}");
    private static final Pattern CLASS_ELEMENT =
            Pattern.compile("\\\\x\\{[0-9A-F]+}|\\\\x[0-9A-F]{2}|\\\\u[0-9A-F]{4}|.", Pattern.DOTALL);
    // Characters that occur in UTF-8 mojibake, grouped by the contexts they are unlikely in
    // (ftfy.badness.MOJIBAKE_CATEGORIES).
    private static final String COMMON =
            byName("\\N{NO-BREAK SPACE}\\N{SOFT HYPHEN}\\N{MIDDLE DOT}\\N{ACUTE ACCENT}\\N{EN DASH}"
                    + "\\N{EM DASH}\\N{HORIZONTAL BAR}\\N{HORIZONTAL ELLIPSIS}\\N{RIGHT SINGLE QUOTATION MARK}");
    private static final String C1 = byName("\\x80-\\x9F");
    private static final String BAD =
            byName("\\N{BROKEN BAR}\\N{CURRENCY SIGN}\\N{DIAERESIS}\\N{NOT SIGN}\\N{MACRON}\\N{CEDILLA}"
                    + "\\N{LATIN SMALL LETTER F WITH HOOK}\\N{MODIFIER LETTER CIRCUMFLEX ACCENT}\\N{CARON}"
                    + "\\N{BREVE}\\N{OGONEK}\\N{SMALL TILDE}\\N{DAGGER}\\N{DOUBLE DAGGER}\\N{PER MILLE SIGN}"
                    + "\\N{REVERSED NOT SIGN}\\N{LOZENGE}\\N{REPLACEMENT CHARACTER}"
                    + "\\N{FEMININE ORDINAL INDICATOR}\\N{MASCULINE ORDINAL INDICATOR}");
    private static final String LAW = byName("\\N{PILCROW SIGN}\\N{SECTION SIGN}");
    private static final String CURRENCY =
            byName("\\N{CENT SIGN}\\N{POUND SIGN}\\N{YEN SIGN}\\N{PESETA SIGN}\\N{EURO SIGN}");
    private static final String START_PUNCTUATION =
            byName("\\N{INVERTED EXCLAMATION MARK}\\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
                    + "\\N{INVERTED QUESTION MARK}\\N{COPYRIGHT SIGN}\\N{GREEK TONOS}\\N{GREEK DIALYTIKA TONOS}"
                    + "\\N{LEFT SINGLE QUOTATION MARK}\\N{SINGLE LOW-9 QUOTATION MARK}"
                    + "\\N{LEFT DOUBLE QUOTATION MARK}\\N{DOUBLE LOW-9 QUOTATION MARK}\\N{BULLET}"
                    + "\\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\\uF8FF");
    private static final String END_PUNCTUATION =
            byName("\\N{REGISTERED SIGN}\\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
                    + "\\N{DOUBLE ACUTE ACCENT}\\N{RIGHT DOUBLE QUOTATION MARK}"
                    + "\\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}\\N{TRADE MARK SIGN}");
    private static final String NUMERIC =
            byName("\\N{SUPERSCRIPT TWO}\\N{SUPERSCRIPT THREE}\\N{SUPERSCRIPT ONE}\\N{PLUS-MINUS SIGN}"
                    + "\\N{VULGAR FRACTION ONE QUARTER}\\N{VULGAR FRACTION ONE HALF}"
                    + "\\N{VULGAR FRACTION THREE QUARTERS}\\N{MULTIPLICATION SIGN}\\N{MICRO SIGN}"
                    + "\\N{DIVISION SIGN}\\N{FRACTION SLASH}\\N{PARTIAL DIFFERENTIAL}\\N{INCREMENT}"
                    + "\\N{N-ARY PRODUCT}\\N{N-ARY SUMMATION}\\N{SQUARE ROOT}\\N{INFINITY}\\N{INTERSECTION}"
                    + "\\N{INTEGRAL}\\N{ALMOST EQUAL TO}\\N{NOT EQUAL TO}\\N{IDENTICAL TO}"
                    + "\\N{LESS-THAN OR EQUAL TO}\\N{GREATER-THAN OR EQUAL TO}\\N{NUMERO SIGN}");
    private static final String KAOMOJI =
            byName("\\N{LATIN CAPITAL LETTER O WITH GRAVE}-\\N{LATIN CAPITAL LETTER O WITH DIAERESIS}"
                    + "\\N{LATIN CAPITAL LETTER U WITH GRAVE}-\\N{LATIN CAPITAL LETTER U WITH DIAERESIS}"
                    + "\\N{LATIN SMALL LETTER O WITH GRAVE}-\\N{LATIN SMALL LETTER O WITH DIAERESIS}"
                    + "\\N{LATIN SMALL LETTER O WITH STROKE}-\\N{LATIN SMALL LETTER U WITH DIAERESIS}"
                    + "\\N{LATIN CAPITAL LETTER O WITH DOUBLE ACUTE}\\N{LATIN CAPITAL LETTER O WITH MACRON}"
                    + "\\N{LATIN CAPITAL LETTER U WITH MACRON}\\N{LATIN CAPITAL LETTER U WITH OGONEK}"
                    + "\\N{DEGREE SIGN}");
    private static final String UPPER_ACCENTED =
            byName("\\N{LATIN CAPITAL LETTER A WITH GRAVE}-\\N{LATIN CAPITAL LETTER N WITH TILDE}"
                    + "\\N{LATIN CAPITAL LETTER O WITH STROKE}\\N{LATIN CAPITAL LETTER U WITH DIAERESIS}"
                    + "\\N{LATIN CAPITAL LETTER Y WITH ACUTE}\\N{LATIN CAPITAL LETTER A WITH BREVE}"
                    + "\\N{LATIN CAPITAL LETTER A WITH MACRON}\\N{LATIN CAPITAL LETTER A WITH OGONEK}"
                    + "\\N{LATIN CAPITAL LETTER C WITH ACUTE}\\N{LATIN CAPITAL LETTER C WITH CARON}"
                    + "\\N{LATIN CAPITAL LETTER D WITH CARON}\\N{LATIN CAPITAL LETTER D WITH STROKE}"
                    + "\\N{LATIN CAPITAL LETTER E WITH OGONEK}\\N{LATIN CAPITAL LETTER E WITH CARON}"
                    + "\\N{LATIN CAPITAL LETTER E WITH MACRON}\\N{LATIN CAPITAL LETTER E WITH DOT ABOVE}"
                    + "\\N{LATIN CAPITAL LETTER G WITH BREVE}\\N{LATIN CAPITAL LETTER G WITH CEDILLA}"
                    + "\\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}\\N{LATIN CAPITAL LETTER I WITH MACRON}"
                    + "\\N{LATIN CAPITAL LETTER K WITH CEDILLA}\\N{LATIN CAPITAL LETTER L WITH ACUTE}"
                    + "\\N{LATIN CAPITAL LETTER L WITH CARON}\\N{LATIN CAPITAL LETTER L WITH STROKE}"
                    + "\\N{LATIN CAPITAL LETTER L WITH CEDILLA}\\N{LATIN CAPITAL LETTER N WITH ACUTE}"
                    + "\\N{LATIN CAPITAL LETTER N WITH CARON}\\N{LATIN CAPITAL LETTER N WITH CEDILLA}"
                    + "\\N{LATIN CAPITAL LIGATURE OE}\\N{LATIN CAPITAL LETTER R WITH CARON}"
                    + "\\N{LATIN CAPITAL LETTER S WITH ACUTE}\\N{LATIN CAPITAL LETTER S WITH CEDILLA}"
                    + "\\N{LATIN CAPITAL LETTER S WITH CARON}\\N{LATIN CAPITAL LETTER T WITH CEDILLA}"
                    + "\\N{LATIN CAPITAL LETTER T WITH CARON}\\N{LATIN CAPITAL LETTER U WITH RING ABOVE}"
                    + "\\N{LATIN CAPITAL LETTER U WITH DOUBLE ACUTE}\\N{LATIN CAPITAL LETTER Y WITH DIAERESIS}"
                    + "\\N{LATIN CAPITAL LETTER Z WITH ACUTE}\\N{LATIN CAPITAL LETTER Z WITH DOT ABOVE}"
                    + "\\N{LATIN CAPITAL LETTER Z WITH CARON}\\N{CYRILLIC CAPITAL LETTER GHE WITH UPTURN}");
    private static final String LOWER_ACCENTED =
            byName("\\N{LATIN SMALL LETTER SHARP S}\\N{LATIN SMALL LETTER A WITH GRAVE}-"
                    + "\\N{LATIN SMALL LETTER N WITH TILDE}\\N{LATIN SMALL LETTER A WITH BREVE}"
                    + "\\N{LATIN SMALL LETTER A WITH OGONEK}\\N{LATIN SMALL LETTER A WITH MACRON}"
                    + "\\N{LATIN SMALL LETTER C WITH ACUTE}\\N{LATIN SMALL LETTER C WITH CARON}"
                    + "\\N{LATIN SMALL LETTER D WITH CARON}\\N{LATIN SMALL LETTER D WITH STROKE}"
                    + "\\N{LATIN SMALL LETTER E WITH OGONEK}\\N{LATIN SMALL LETTER E WITH CARON}"
                    + "\\N{LATIN SMALL LETTER E WITH MACRON}\\N{LATIN SMALL LETTER E WITH DOT ABOVE}"
                    + "\\N{LATIN SMALL LETTER G WITH BREVE}\\N{LATIN SMALL LETTER G WITH CEDILLA}"
                    + "\\N{LATIN SMALL LETTER I WITH OGONEK}\\N{LATIN SMALL LETTER I WITH MACRON}"
                    + "\\N{LATIN SMALL LETTER K WITH CEDILLA}\\N{LATIN SMALL LETTER L WITH ACUTE}"
                    + "\\N{LATIN SMALL LETTER L WITH CARON}\\N{LATIN SMALL LETTER L WITH STROKE}"
                    + "\\N{LATIN SMALL LETTER L WITH CEDILLA}\\N{LATIN SMALL LIGATURE OE}"
                    + "\\N{LATIN SMALL LETTER R WITH ACUTE}\\N{LATIN SMALL LETTER S WITH ACUTE}"
                    + "\\N{LATIN SMALL LETTER S WITH CEDILLA}\\N{LATIN SMALL LETTER S WITH CARON}"
                    + "\\N{LATIN SMALL LETTER T WITH CARON}\\N{LATIN SMALL LETTER U WITH DIAERESIS}"
                    + "\\N{LATIN SMALL LETTER Z WITH ACUTE}\\N{LATIN SMALL LETTER Z WITH DOT ABOVE}"
                    + "\\N{LATIN SMALL LETTER Z WITH CARON}\\N{CYRILLIC SMALL LETTER GHE WITH UPTURN}"
                    + "\\N{LATIN SMALL LIGATURE FI}\\N{LATIN SMALL LIGATURE FL}");
    private static final String UPPER_COMMON = byName("\\N{LATIN CAPITAL LETTER THORN}\\N{GREEK CAPITAL LETTER ALPHA}-"
            + "\\N{GREEK CAPITAL LETTER OMEGA}\\N{GREEK CAPITAL LETTER ALPHA WITH TONOS}"
            + "\\N{GREEK CAPITAL LETTER EPSILON WITH TONOS}\\N{GREEK CAPITAL LETTER ETA WITH TONOS}"
            + "\\N{GREEK CAPITAL LETTER IOTA WITH TONOS}\\N{GREEK CAPITAL LETTER OMICRON WITH TONOS}"
            + "\\N{GREEK CAPITAL LETTER UPSILON WITH TONOS}\\N{GREEK CAPITAL LETTER OMEGA WITH TONOS}"
            + "\\N{GREEK CAPITAL LETTER IOTA WITH DIALYTIKA}"
            + "\\N{GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA}\\N{CYRILLIC CAPITAL LETTER IO}-"
            + "\\N{CYRILLIC CAPITAL LETTER YA}");
    private static final String LOWER_COMMON = byName("\\N{GREEK SMALL LETTER ALPHA}-\\N{GREEK SMALL LETTER OMEGA}"
            + "\\N{GREEK SMALL LETTER ALPHA WITH TONOS}\\N{GREEK SMALL LETTER EPSILON WITH TONOS}"
            + "\\N{GREEK SMALL LETTER ETA WITH TONOS}\\N{GREEK SMALL LETTER IOTA WITH TONOS}"
            + "\\N{GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS}\\N{CYRILLIC SMALL LETTER A}-"
            + "\\N{CYRILLIC SMALL LETTER DZHE}");
    private static final String BOX = byName("\\N{BOX DRAWINGS LIGHT VERTICAL}\\N{BOX DRAWINGS LIGHT DOWN AND RIGHT}"
            + "\\N{BOX DRAWINGS LIGHT DOWN AND LEFT}\\N{BOX DRAWINGS LIGHT UP AND LEFT}"
            + "\\N{BOX DRAWINGS LIGHT VERTICAL AND RIGHT}\\N{BOX DRAWINGS LIGHT VERTICAL AND LEFT}"
            + "\\N{BOX DRAWINGS LIGHT DOWN AND HORIZONTAL}\\N{BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL}"
            + "\\N{BOX DRAWINGS DOUBLE HORIZONTAL}-\\N{BOX DRAWINGS DOUBLE VERTICAL AND HORIZONTAL}"
            + "\\N{UPPER HALF BLOCK}\\N{LOWER HALF BLOCK}\\N{FULL BLOCK}\\N{LEFT HALF BLOCK}"
            + "\\N{RIGHT HALF BLOCK}\\N{LIGHT SHADE}\\N{MEDIUM SHADE}\\N{DARK SHADE}");

    private static final String BADNESS = String.join(
            "|",
            "[" + C1 + "]",
            "[" + BAD + LOWER_ACCENTED + UPPER_ACCENTED + BOX + START_PUNCTUATION + END_PUNCTUATION + CURRENCY + NUMERIC
                    + LAW + "][" + BAD + "]",
            "[a-zA-Z][" + LOWER_COMMON + UPPER_COMMON + "][" + BAD + "]",
            "[" + BAD + "][" + LOWER_ACCENTED + UPPER_ACCENTED + BOX + START_PUNCTUATION + END_PUNCTUATION + CURRENCY
                    + NUMERIC + LAW + "]",
            "[" + LOWER_ACCENTED + LOWER_COMMON + BOX + END_PUNCTUATION + CURRENCY + NUMERIC + "][" + UPPER_ACCENTED
                    + "]",
            "[" + BOX + END_PUNCTUATION + CURRENCY + NUMERIC + "][" + LOWER_ACCENTED + "]",
            "[" + LOWER_ACCENTED + BOX + END_PUNCTUATION + "][" + CURRENCY + "]",
            "[" + PythonWhitespace.CLASS + "][" + UPPER_ACCENTED + "][" + CURRENCY + "]",
            "[" + UPPER_ACCENTED + BOX + "][" + NUMERIC + LAW + "]",
            "[" + LOWER_ACCENTED + UPPER_ACCENTED + BOX + CURRENCY + END_PUNCTUATION + "][" + START_PUNCTUATION + "]["
                    + NUMERIC + "]",
            "[" + LOWER_ACCENTED + UPPER_ACCENTED + CURRENCY + NUMERIC + BOX + LAW + "][" + END_PUNCTUATION + "]["
                    + START_PUNCTUATION + "]",
            "[" + CURRENCY + NUMERIC + BOX + "][" + START_PUNCTUATION + "]",
            "[a-z][" + UPPER_ACCENTED + "][" + START_PUNCTUATION + CURRENCY + "]",
            "[" + BOX + "][" + KAOMOJI + "]",
            "[" + LOWER_ACCENTED + UPPER_ACCENTED + CURRENCY + NUMERIC + START_PUNCTUATION + END_PUNCTUATION + LAW
                    + "][" + BOX + "]",
            "[" + BOX + "][" + END_PUNCTUATION + "]",
            "[" + LOWER_ACCENTED + UPPER_ACCENTED + "][" + START_PUNCTUATION + END_PUNCTUATION + "][\\p{L}\\p{N}_]",
            // The ligature œ when not followed by an unaccented Latin letter
            "[Œœ][^A-Za-z]",
            // Degree signs after capital letters
            "[" + UPPER_ACCENTED + "]°",
            // Common Windows-1252 2-character mojibake that isn't covered by the cases above
            "[ÂÃÎÐ][€œŠš¢£Ÿž\\xA0\\xAD®©°·»" + START_PUNCTUATION + END_PUNCTUATION + "–—´]",
            "×[²³]",
            // Windows-1252 mojibake of Arabic words needs to include the 'common' characters;
            // to compensate, four characters must match
            "[ØÙ][" + COMMON + CURRENCY + BAD + NUMERIC + START_PUNCTUATION + "ŸŠ®°µ»][ØÙ][" + COMMON + CURRENCY + BAD
                    + NUMERIC + START_PUNCTUATION + "ŸŠ®°µ»]",
            // Windows-1252 mojibake that starts 3-character sequences for some South Asian alphabets
            "à[²µ¹¼½¾]",
            // MacRoman mojibake that isn't covered by the cases above
            "√[±∂†≠®™´≤≥¥µø]",
            "≈[°¢]",
            "‚Ä[ìîïòôúùû†°¢π]",
            "‚[âó][àä°ê]",
            // Windows-1251 mojibake of characters in the U+2000 range
            "вЂ",
            // Windows-1251 mojibake of Latin-1 characters and/or the Cyrillic alphabet
            "[ВГРС][" + C1 + BAD + START_PUNCTUATION + END_PUNCTUATION + CURRENCY + "°µ][ВГРС]",
            // Windows-1251 on top of Latin-1 mojibake of Windows-1252 characters, near a Latin letter
            "ГўВЂВ[^\\n][A-Za-z ]",
            // Windows-1252 encodings of 'à' and 'á', as well as \xa0 itself
            "Ã[\\xA0¡]",
            "[a-z][" + PythonWhitespace.CLASS + "]?[ÃÂ] ",
            "^[ÃÂ] ",
            // Cases where Â precedes a character as an encoding of exactly the same character
            "[a-z.,?!" + END_PUNCTUATION + "]Â[ " + START_PUNCTUATION + END_PUNCTUATION + "]",
            // Windows-1253 mojibake of characters in the U+2000 range
            "β€[™\\xA0Ά\\xAD®°]",
            // Windows-1253 mojibake of Latin-1 characters and/or the Greek alphabet
            "[ΒΓΞΟ][" + C1 + BAD + START_PUNCTUATION + END_PUNCTUATION + CURRENCY + "°][ΒΓΞΟ]",
            // Windows-1257 mojibake of characters in the U+2000 range
            "ā€");

    /**
     * Every alternative of BADNESS needs a C1 control, Œ, œ, Ã or Â, or two adjacent characters of the
     * categories (its literals all belong to them). Checking that first spares most text the regex, whose
     * large classes make it slow.
     */
    private static final String LONE_SUSPECTS = "\u0152\u0153\u00C3\u00C2";

    private static final boolean[] IN_A_CATEGORY = inAnyCategory();

    private MojibakeDetector() {}

    /** Compiled on first need (text that passes the cheap check): the large classes take long to compile. */
    static final class Compiled {
        static final Pattern IS_BAD = Pattern.compile(BADNESS);
        /** Text that looks like UTF-8 decoded as a single-byte encoding, not preceded by more of the same. */
        static final Pattern UTF8_DETECTOR = Pattern.compile("(?<![" + Utf8Clues.CONTINUATION_STRICT + "])(?:"
                + "[" + Utf8Clues.FIRST_OF_2 + "][" + Utf8Clues.CONTINUATION + "]"
                + "|[" + Utf8Clues.FIRST_OF_3 + "][" + Utf8Clues.CONTINUATION + "]{2}"
                + "|[" + Utf8Clues.FIRST_OF_4 + "][" + Utf8Clues.CONTINUATION + "]{3}"
                + ")+");
    }

    /** Resolves each {@code \\N{NAME}} once: left to Pattern, every use would search Unicode's names again. */
    private static String byName(String regexClassBody) {
        return NAMED.matcher(regexClassBody)
                .replaceAll(name -> Matcher.quoteReplacement(
                        String.format(Locale.ROOT, "\\x{%X}", Character.codePointOf(name.group(1)))));
    }

    static boolean isBad(String text) {
        boolean previousInCategory = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inCategory = IN_A_CATEGORY[c];
            if ((inCategory && previousInCategory) || (c >= 0x80 && c <= 0x9F) || LONE_SUSPECTS.indexOf(c) >= 0) {
                return Compiled.IS_BAD.matcher(text).find();
            }
            previousInCategory = inCategory;
        }
        return false;
    }

    private static boolean[] inAnyCategory() {
        boolean[] members = new boolean[0x10000];
        for (String category : List.of(
                COMMON,
                C1,
                BAD,
                LAW,
                CURRENCY,
                START_PUNCTUATION,
                END_PUNCTUATION,
                NUMERIC,
                KAOMOJI,
                UPPER_ACCENTED,
                LOWER_ACCENTED,
                UPPER_COMMON,
                LOWER_COMMON,
                BOX)) {
            markMembers(category, members);
        }
        return members;
    }

    /** Reads a class body of single characters, escapes ({@code \\xHH}, {@code \\x{H..}}, {@code \\uHHHH}) and ranges. */
    private static void markMembers(String classBody, boolean[] members) {
        Matcher element = CLASS_ELEMENT.matcher(classBody);
        int previous = -1;
        boolean range = false;
        while (element.find()) {
            if (element.group().equals("-") && previous >= 0) {
                range = true;
                continue;
            }
            int c = element.group().startsWith("\\")
                    ? Integer.parseInt(element.group().replaceAll("[\\\\xu{}]", ""), 16)
                    : element.group().charAt(0);
            for (int member = range ? previous : c; member <= c; member++) {
                members[member] = true;
            }
            previous = c;
            range = false;
        }
    }

    static Pattern anyCategory() {
        return Pattern.compile("[" + COMMON + C1 + BAD + LAW + CURRENCY + START_PUNCTUATION + END_PUNCTUATION + NUMERIC
                + KAOMOJI + UPPER_ACCENTED + LOWER_ACCENTED + UPPER_COMMON + LOWER_COMMON + BOX + "]");
    }

    static boolean inAnyCategory(char c) {
        return IN_A_CATEGORY[c];
    }

    static Pattern utf8Detector() {
        return Compiled.UTF8_DETECTOR;
    }
}
