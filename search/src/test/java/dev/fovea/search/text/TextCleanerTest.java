package dev.fovea.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of CLIP's cleaning, one by one. Expected values are the examples of ftfy's and Python's
 * documentation (ClipTokenizerParityTest checks the same rules against the real open_clip).
 */
class TextCleanerTest {

    @Test
    void uncurlsQuotes() {
        assertThat(TextCleaner.clean("\u201Chere\u2019s a test\u201D")).isEqualTo("\"here's a test\"");
        assertThat(TextCleaner.clean("\u2018single\u201B \u201Edouble\u201F \u02BCokina"))
                .isEqualTo("'single' \"double\" 'okina");
    }

    @Test
    void expandsLatinLigaturesButNotOthers() {
        assertThat(TextCleaner.clean("\uFB02u\uFB03e\uFB06")).isEqualTo("fluffiest");
        assertThat(TextCleaner.clean("\u0132sselmeer \u01C4")).isEqualTo("ijsselmeer d\u017E");
        assertThat(TextCleaner.clean("\u00E6ther \u0153uvre")).isEqualTo("\u00E6ther \u0153uvre");
    }

    @Test
    void foldsFullWidthAndHalfWidthForms() {
        assertThat(TextCleaner.clean("\uFF2C\uFF2F\uFF35\uFF24\u3000\uFF2E\uFF2F\uFF29\uFF33\uFF25\uFF33"))
                .isEqualTo("loud noises");
        assertThat(TextCleaner.clean("\uFF35\uFF80\uFF70\uFF9D")).isEqualTo("u\u30BF\u30FC\u30F3");
        assertThat(TextCleaner.clean("\uFF11\uFF12\uFF13")).isEqualTo("123");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "caf\u00C3\u00A9|caf\u00E9",
                "don\u00E2\u20AC\u2122t|don't",
                "sch\u00C3\u00B6n|sch\u00F6n",
                "s\u00C3\u00B3|s\u00F3",
                "voil\u00C3 le travail|voil\u00E0 le travail",
                "\u00E2\u0153\u201D No problems|\u2714 no problems",
                "caf\u00C3\u0192\u00C2\u00A9|caf\u00E9",
                "\u00D0\u00BF\u00D1\u20AC\u00D0\u00B8\u00D0\u00B2\u00D0\u00B5\u00D1\u201A|\u043F\u0440\u0438\u0432\u0435\u0442",
            })
    void repairsUtf8ReadAsASingleByteEncoding(String mojibake, String repaired) {
        assertThat(TextCleaner.clean(mojibake)).isEqualTo(repaired);
    }

    @Test
    void repairsMojibakeEmbeddedInTextThatCannotBeReencoded() {
        assertThat(TextCleaner.clean("caf\u00C3\u00A9 \u2713")).isEqualTo("caf\u00E9 \u2713");
    }

    @Test
    void leavesPlausibleAccentedTextAlone() {
        for (String sound : new String[] {
            "cr\u00E8me br\u00FBl\u00E9e", "\u00C0 la carte", "na\u00EFve caf\u00E9", "\u00A9 2021 \u00AE"
        }) {
            assertThat(TextCleaner.clean(sound)).isEqualTo(PythonLowercase.lower(sound));
        }
    }

    @Test
    void treatsC1ControlsAsWindows1252() {
        assertThat(TextCleaner.clean("\u0093quoted\u0094 \u0085")).isEqualTo("\"quoted\" \u2026");
    }

    @Test
    void unescapesHtmlEntitiesLikePythonTwice() {
        assertThat(TextCleaner.clean("&lt;b&gt;bold&lt;/b&gt; &amp;amp; &eacute;t&eacute;"))
                .isEqualTo("<b>bold</b> & \u00E9t\u00E9");
        assertThat(TextCleaner.clean("P&EACUTE;REZ BUNDESSTRA&SZLIG;E")).isEqualTo("p\u00E9rez bundesstrasse");
        assertThat(TextCleaner.clean("&notit; &amp &#x2019; &#128;")).isEqualTo("\u00ACit; & ' \u20AC");
        assertThat(TextCleaner.clean("&Jscr;ohn &HilbertSpace;ancock")).isEqualTo("\uD835\uDCA5ohn \u210Bancock");
    }

    @Test
    void removesControlCharactersAndTerminalEscapes() {
        assertThat(TextCleaner.clean("\u001B[36;44mblue\u001B[0m \u0000bell\u0007 \uFEFFbom \u206Aarabic \uFFFCobj"))
                .isEqualTo("blue bell bom arabic obj");
        assertThat(TextCleaner.clean("l\u200Er\u200D")).isEqualTo("l\u200Er\u200D");
    }

    @Test
    void composesToNfc() {
        assertThat(TextCleaner.clean("e\u0301te\u0301")).isEqualTo("\u00E9t\u00E9");
    }

    @Test
    void collapsesEveryKindOfWhitespaceIncludingPythonsExtras() {
        assertThat(TextCleaner.clean(" \ta\u00A0b\u2003c\u3000d\u2028e\r\nf\u202Fg\u205Fh\u1680i  "))
                .isEqualTo("a b c d e f g h i");
        // U+0085 is a C1 control, read as Windows-1252 (an ellipsis); U+001F is removed as a control.
        assertThat(TextCleaner.clean("a\u0085b c\u001Fd")).isEqualTo("a\u2026b cd");
        assertThat(TextCleaner.clean("zero\u200Bwidth")).isEqualTo("zero\u200Bwidth");
    }

    @Test
    void lowercasesAsPythonDoes() {
        assertThat(TextCleaner.clean("\u0130stanbul")).isEqualTo("i\u0307stanbul");
        assertThat(TextCleaner.clean("\u039F\u0394\u03A5\u03A3\u03A3\u0395\u03A5\u03A3"))
                .isEqualTo("\u03BF\u03B4\u03C5\u03C3\u03C3\u03B5\u03C5\u03C2");
        assertThat(TextCleaner.clean("0\u03A3 '\u03A3")).isEqualTo("0\u03C3 '\u03C3");
    }

    @Test
    void replacesLoneSurrogates() {
        assertThat(TextCleaner.clean("a\uD800b")).isEqualTo("a\uFFFDb");
    }

    @Test
    void emptyAndBlankTextCleanToNothing() {
        assertThat(TextCleaner.clean("")).isEmpty();
        assertThat(TextCleaner.clean(" \t\n\u3000")).isEmpty();
    }
}
