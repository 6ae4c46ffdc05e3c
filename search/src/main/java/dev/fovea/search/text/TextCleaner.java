package dev.fovea.search.text;

/**
 * CLIP's text cleaning before tokenization, as open_clip 3.3.0 does it ({@code _clean_lower}): ftfy's
 * fixes, HTML unescaped twice, whitespace runs collapsed to one space and trimmed, lowercased.
 */
public final class TextCleaner {
    private TextCleaner() {}

    public static String clean(String text) {
        String fixed = TextFixer.fixText(text);
        String unescaped = HtmlUnescaper.unescape(HtmlUnescaper.unescape(fixed));
        return PythonLowercase.lower(PythonWhitespace.collapse(unescaped));
    }
}
