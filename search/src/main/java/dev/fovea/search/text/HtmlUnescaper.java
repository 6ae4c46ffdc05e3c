package dev.fovea.search.text;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The two HTML unescapers CLIP's cleaning runs, with jsoup's table of the HTML5 named character
 * references (the same 2,231 names as Python's {@code html.entities.html5}).
 *
 * <ul>
 *   <li>{@link #unescape}: Python's {@code html.unescape}, which follows the HTML5 parser: numeric
 *       references with or without the semicolon, the legacy names without it, longest-prefix matching.
 *   <li>{@link #unescapeUnambiguous}: ftfy's {@code unescape_html}, which decodes only references that end
 *       with a semicolon, plus all-caps spellings of lowercase names ({@code &EACUTE;} is É).
 * </ul>
 */
// The doc comments spell entities as they are written in text, which is the point of them.
@SuppressWarnings("EscapedEntity")
final class HtmlUnescaper {
    private static final Pattern CHARACTER_REFERENCE =
            Pattern.compile("&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\\t\\n\\f <&#;]{1,32};?)");
    private static final Pattern UNAMBIGUOUS_REFERENCE = Pattern.compile("&#?[0-9A-Za-z]{1,24};");
    private static final BigInteger MAX_CODE_POINT = BigInteger.valueOf(Character.MAX_CODE_POINT);
    /** Python's {@code _invalid_charrefs}: what the HTML5 parser substitutes for these numbers. */
    private static final String WINDOWS_1252_C1 =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                    + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static final Set<Integer> DROPPED_EXTRA = Set.of(0x0B, 0xFFFE, 0xFFFF);

    private HtmlUnescaper() {}

    /** Python's {@code html.unescape}. */
    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return CHARACTER_REFERENCE
                .matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(replaceReference(match.group(1))));
    }

    /** ftfy's {@code unescape_html}. */
    static String unescapeUnambiguous(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return UNAMBIGUOUS_REFERENCE
                .matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(replaceUnambiguous(match.group())));
    }

    private static String replaceReference(String reference) {
        if (reference.charAt(0) == '#') {
            return numericReference(reference);
        }
        String name = reference.endsWith(";") ? reference.substring(0, reference.length() - 1) : null;
        if (name != null && Entities.isNamedEntity(name)) {
            return Entities.getByName(name);
        }
        if (name == null && Entities.isBaseNamedEntity(reference)) {
            return Entities.getByName(reference);
        }
        // The longest legacy name (those valid without a semicolon) that the reference starts with.
        for (int length = reference.length() - 1; length > 1; length--) {
            String prefix = reference.substring(0, length);
            if (Entities.isBaseNamedEntity(prefix)) {
                return Entities.getByName(prefix) + reference.substring(length);
            }
        }
        return "&" + reference;
    }

    private static String numericReference(String reference) {
        String digits =
                reference.endsWith(";") ? reference.substring(1, reference.length() - 1) : reference.substring(1);
        boolean hex = digits.charAt(0) == 'x' || digits.charAt(0) == 'X';
        BigInteger number = new BigInteger(hex ? digits.substring(1) : digits, hex ? 16 : 10);
        if (number.compareTo(MAX_CODE_POINT) > 0) {
            return "\uFFFD";
        }
        int codePoint = number.intValue();
        if (codePoint == 0) {
            return "\uFFFD";
        }
        if (codePoint == '\r') {
            return "\r";
        }
        if (codePoint >= 0x80 && codePoint <= 0x9F) {
            return String.valueOf(WINDOWS_1252_C1.charAt(codePoint - 0x80));
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return "\uFFFD";
        }
        if (isDroppedCodePoint(codePoint)) {
            return "";
        }
        return Character.toString(codePoint);
    }

    /** Python's {@code _invalid_codepoints}, less those {@code _invalid_charrefs} replaces first. */
    private static boolean isDroppedCodePoint(int codePoint) {
        return (codePoint >= 0x01 && codePoint <= 0x08)
                || (codePoint >= 0x0E && codePoint <= 0x1F)
                || codePoint == 0x7F
                || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)
                || DROPPED_EXTRA.contains(codePoint)
                || (codePoint > 0xFFFF && (codePoint & 0xFFFE) == 0xFFFE);
    }

    private static String replaceUnambiguous(String reference) {
        String name = reference.substring(1, reference.length() - 1);
        if (name.charAt(0) == '#') {
            String unescaped = unescape(reference);
            // Keep references html.unescape only partly decoded: the semicolon must be consumed.
            return unescaped.contains(";") ? reference : unescaped;
        }
        if (Entities.isNamedEntity(name)) {
            return Entities.getByName(name);
        }
        return uppercasedEntity(name, reference);
    }

    /**
     * ftfy also decodes {@code &NAME;} when {@code name} is an all-lowercase entity, {@code NAME} is not one,
     * and html.unescape leaves {@code &NAME;} alone; the result is uppercased ({@code &SZLIG;} is SS).
     */
    private static String uppercasedEntity(String name, String reference) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.toUpperCase(Locale.ROOT).equals(name)
                || !Entities.isNamedEntity(lower)
                || !unescape(reference).equals(reference)) {
            return reference;
        }
        return Entities.getByName(lower).toUpperCase(Locale.ROOT);
    }
}
