package dev.fovea.search.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ftfy's {@code fix_text} with its default configuration, the first step of CLIP's text cleaning: HTML
 * entities, mojibake, C1 controls, Latin ligatures, full-width forms, curly quotes, line breaks, lone
 * surrogates, terminal escapes, control characters, NFC; repeated until nothing changes. Ported from ftfy
 * 6.3.1 (MIT licence). What is not reproduced is listed in {@code docs/tokenizer.md}.
 */
final class TextFixer {
    /** ftfy fixes text in segments of at most this many characters, each line on its own. */
    private static final int MAX_SEGMENT = 1_000_000;

    private static final Pattern TERMINAL_ESCAPE = Pattern.compile("\u001B\\[((?:\\p{Nd}|;)*)([a-zA-Z])");
    private static final Pattern SINGLE_QUOTE = Pattern.compile("[\u02BC\u2018-\u201B]");
    private static final Pattern DOUBLE_QUOTE = Pattern.compile("[\u201C-\u201F]");
    /** Ligatures of Latin letters and legacy digraphs: copy-and-paste accidents, not meant as such. */
    private static final Map<Character, String> LATIN_LIGATURES = Map.ofEntries(
            Map.entry('\u0132', "IJ"),
            Map.entry('\u0133', "ij"),
            Map.entry('\u0149', "\u02BCn"),
            Map.entry('\u01F1', "DZ"),
            Map.entry('\u01F2', "Dz"),
            Map.entry('\u01F3', "dz"),
            Map.entry('\u01C4', "D\u017D"),
            Map.entry('\u01C5', "D\u017E"),
            Map.entry('\u01C6', "d\u017E"),
            Map.entry('\u01C7', "LJ"),
            Map.entry('\u01C8', "Lj"),
            Map.entry('\u01C9', "lj"),
            Map.entry('\u01CA', "NJ"),
            Map.entry('\u01CB', "Nj"),
            Map.entry('\u01CC', "nj"),
            Map.entry('\uFB00', "ff"),
            Map.entry('\uFB01', "fi"),
            Map.entry('\uFB02', "fl"),
            Map.entry('\uFB03', "ffi"),
            Map.entry('\uFB04', "ffl"),
            Map.entry('\uFB05', "\u017Ft"),
            Map.entry('\uFB06', "st"));

    private TextFixer() {}

    static String fixText(String text) {
        StringBuilder fixed = new StringBuilder(text.length());
        boolean unescapeHtml = true;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start) + 1;
            if (end == 0 || end - start > MAX_SEGMENT) {
                end = Math.min(text.length(), start + MAX_SEGMENT);
            }
            String segment = text.substring(start, end);
            // Text with '<' may be HTML meant literally; ftfy then stops unescaping for the rest of the text.
            unescapeHtml &= segment.indexOf('<') < 0;
            fixed.append(fixSegment(segment, unescapeHtml));
            start = end;
        }
        return fixed.toString();
    }

    private static String fixSegment(String text, boolean unescapeHtml) {
        if (isUntouchable(text)) {
            return text;
        }
        while (true) {
            String original = text;
            if (unescapeHtml) {
                text = HtmlUnescaper.unescapeUnambiguous(text);
            }
            text = MojibakeFixer.fixEncoding(text);
            text = MojibakeFixer.fixC1Controls(text);
            text = fixLatinLigatures(text);
            text = fixCharacterWidth(text);
            text = uncurlQuotes(text);
            text = fixLineBreaks(text);
            text = fixSurrogates(text);
            text = TERMINAL_ESCAPE.matcher(text).replaceAll("");
            text = removeControlCharacters(text);
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
            if (text.equals(original)) {
                return text;
            }
        }
    }

    /**
     * Printable ASCII (with tab, line feed, form feed) and no '&': no fix applies, so most typed queries
     * skip the loop.
     */
    private static boolean isUntouchable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f') || c > 0x7E || c == '&') {
                return false;
            }
        }
        return true;
    }

    private static String fixLatinLigatures(String text) {
        StringBuilder fixed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = LATIN_LIGATURES.get(c);
            if (replacement == null) {
                fixed.append(c);
            } else {
                fixed.append(replacement);
            }
        }
        return fixed.toString();
    }

    /** Full-width ASCII and half-width katakana and Hangul to their usual forms, U+3000 to a space. */
    private static String fixCharacterWidth(String text) {
        StringBuilder fixed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3000') {
                fixed.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFFEF') {
                fixed.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                fixed.append(c);
            }
        }
        return fixed.toString();
    }

    private static String uncurlQuotes(String text) {
        return SINGLE_QUOTE.matcher(DOUBLE_QUOTE.matcher(text).replaceAll("\"")).replaceAll("'");
    }

    private static String fixLineBreaks(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n')
                .replace('\u0085', '\n');
    }

    /** Lone surrogates cannot be encoded; Java strings already join valid pairs into one character. */
    private static String fixSurrogates(String text) {
        StringBuilder fixed = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int length = Character.charCount(codePoint);
            if (Character.isSurrogate((char) codePoint) && length == 1) {
                if (fixed == null) {
                    fixed = new StringBuilder(text.substring(0, i));
                }
                fixed.append('\uFFFD');
            } else if (fixed != null) {
                fixed.appendCodePoint(codePoint);
            }
            i += length;
        }
        return fixed == null ? text : fixed.toString();
    }

    /**
     * ASCII controls except tab, line feed, form feed and carriage return; deprecated Arabic format
     * controls; interlinear annotations; the object replacement character; byte order marks.
     */
    private static String removeControlCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c <= 0x08)
                    || c == 0x0B
                    || (c >= 0x0E && c <= 0x1F)
                    || c == 0x7F
                    || (c >= '\u206A' && c <= '\u206F')
                    || c == '\uFEFF'
                    || (c >= '\uFFF9' && c <= '\uFFFC');
            if (!control) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
