package dev.fovea.search.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A broad, varied set of strings that exercises every rule of CLIP's cleaning and tokenization, for
 * comparing the Java tokenizer with open_clip's. Deterministic: the random part has a fixed seed.
 */
final class ParityStrings {
    private static final String[] WORDS = {
        "café", "don’t", "schön", "naïve", "“quoted”", "über", "à la mode", "crème brûlée", "Ölgemälde",
        "привет", "Kraków", "Ελλάδα", "İstanbul", "€5 — cheap…", "smörgåsbord", "façade", "Øresund", "ñandú",
        "señor's “best” – ever", "北京", "✔ done", "Zürich • Genève"
    };
    private static final String[] MOJIBAKE_CHARSETS = {
        "ISO-8859-1",
        "windows-1252",
        "windows-1251",
        "windows-1250",
        "windows-1253",
        "windows-1254",
        "windows-1257",
        "ISO-8859-2",
        "x-MacRoman",
        "IBM437"
    };
    /** Characters the random strings are drawn from: every class the rules treat differently. */
    private static final String[] POOL = {
        "a",
        "Z",
        "é",
        "E\u0301",
        "ß",
        "İ",
        "Σ",
        "ς",
        "ſ",
        "K",
        "ǅ",
        "ﬁ",
        "ﬅ",
        "Ĳ",
        "Ａ",
        "ｶ",
        "ﾟ",
        "　",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\u00A0",
        "\u2003",
        "\u200B",
        "\u2028",
        "\u0085",
        "\u001C",
        "\u0000",
        "\u0007",
        "\u007F",
        "\u00AD",
        "\u200D",
        "\uFEFF",
        "\uFFFC",
        "’",
        "‘",
        "“",
        "”",
        "'",
        "\"",
        "'s",
        "'t",
        "'re",
        "'ll",
        "'d",
        "'m",
        "'ve",
        "0",
        "7",
        "٣",
        "½",
        "²",
        "①",
        "Ⅻ",
        "&",
        "&amp;",
        "&lt;",
        "<",
        ">",
        "&#8217;",
        "&eacute;",
        "&EACUTE;",
        "&nbsp",
        "&copy",
        "Ã",
        "©",
        "Â",
        "â€",
        "™",
        "\u0080",
        "\u0093",
        "\u0094",
        "🍕",
        "👍🏽",
        "🇫🇷",
        "👨‍👩‍👧",
        "北",
        "京",
        "한",
        "ア",
        "ـ",
        "ب",
        "ื",
        "\u0345",
        "\u0301",
        "\uE000",
        "\uF8FF",
        "\uD800",
        "\uDC00",
        "𝒥",
        "ℋ",
        "…",
        "—",
        "!",
        "?",
        ".",
        ",",
        "-",
        "_",
        "/",
        "\\",
        "@",
        "#",
        "%",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "|",
        "~",
        "`",
        "^",
        "*",
        "+",
        "=",
        ";",
        ":",
        "<start_of_text>",
        "<end_of_text>",
        "<|endoftext|>",
        "\u001B[31m",
        "\u001B[0m"
    };

    private ParityStrings() {}

    static List<String> all() {
        Set<String> strings = new LinkedHashSet<>();
        strings.addAll(handWritten());
        strings.addAll(mojibake());
        strings.addAll(random(400, 20260101L));
        return new ArrayList<>(strings);
    }

    private static List<String> handWritten() {
        List<String> strings = new ArrayList<>(List.of(
                // plain queries, case, punctuation
                "a photo of a dog",
                "Kids on a BEACH at sunset!",
                "",
                " ",
                "   \t\n ",
                "!!!",
                "...",
                "?!",
                "—",
                "<>",
                "@#$%^&*()",
                "a-b_c/d\\e",
                "C++ and C#",
                "e-mail: someone@example.org",
                "https://example.org/a?b=c&d=e",
                // contractions
                "don't",
                "I'm",
                "we've",
                "they'll",
                "she'd",
                "it's",
                "'sun",
                "O'Brien",
                "DON'T",
                "IT'S",
                "rock 'n' roll",
                "dog’s",
                "'s",
                "''",
                "'ſ",
                "don'T",
                // digits and numerals
                "2021",
                "DSC_0042.NEF",
                "100%",
                "3.14159",
                "٣٤٥",
                "१२३",
                "½ cup",
                "x² + y²",
                "① ② ③",
                "Ⅻ o'clock",
                "IMG_20210515_181322806.jpg",
                "1st 2nd 3rd 4th",
                // accents, scripts, case mappings
                "crème brûlée",
                "Ölgemälde eines Segelschiffs",
                "ñandú",
                "Øresund",
                "straße",
                "STRASSE",
                "İstanbul",
                "ΣΊΣΥΦΟΣ",
                "ΟΔΥΣΣΕΥΣ ΚΑΙ ΑΣ.",
                "Ǆemal ǅemal ǆemal",
                "ẞ",
                "ǰ",
                "Åland",
                "Ĳsselmeer",
                "ŉ",
                "e\u0301te\u0301",
                "A\u030A",
                "\u1100\u1161\u11A8",
                "Ω",
                "Å",
                "K",
                "ﬅ",
                "\u0345",
                "北京的长城",
                "東京タワーの夜景",
                "한국어 문장",
                "日本語の文章です",
                "ภาษาไทย",
                "العربية",
                "עברית",
                "हिन्दी",
                "Ελληνικά",
                "русский текст",
                "ქართული",
                "𝒥ohn ℋancock",
                "\uD83D\uDE00",
                // emoji
                "🍕 pizza night",
                "👍🏽 thumbs",
                "🇫🇷 flag",
                "👨‍👩‍👧 family",
                "🏳️‍🌈",
                "1️⃣ keycap",
                "❤️",
                "☕",
                // curly quotes
                "“quoted” ‘single’ ‚low‛ „double low‟",
                "ʼokina",
                "the dog’s “favourite” toy",
                "`backtick´",
                // ligatures and digraphs
                "ﬁsh ﬂower ﬀ ﬃ ﬄ ﬅ ﬆ",
                "Ĳ ĳ ŉ Ǳ ǲ ǳ Ǆ ǅ ǆ Ǉ ǈ ǉ Ǌ ǋ ǌ",
                "æther œuvre",
                // width
                "ＬＯＵＤ　ＮＯＩＳＥＳ",
                "ｶﾀｶﾅ ﾊﾟﾝ",
                "Ｕﾀｰﾝ",
                "１２３",
                "￥１００",
                "ﾞ",
                "￠￡￢",
                "\uFFE8",
                "ｱﾞ",
                // mojibake
                "cafÃ©",
                "donâ€™t",
                "schÃ¶n",
                "â€œquotedâ€\u009D",
                "Ã la mode",
                "voilÃ le travail",
                "sÃ³",
                "â€”",
                "Ã¼ber",
                "naÃ¯ve",
                "cafÃƒÂ©",
                "café and donâ€™t ✓",
                "Ð¿Ñ€Ð¸Ð²ÐµÑ‚",
                "â€œ like this â€�",
                "\u0093quoted\u0094",
                "\u0085",
                "It was Ã  Paris",
                "fÃ cil",
                "Ã s vezes",
                "(à¸‡'âŒ£')à¸‡",
                "âœ” No problems",
                "&macr;\\_(ã\u0083\u0084)_/&macr;",
                "Broken text&hellip; it&#x2019;s ﬂubberiﬁc!",
                "ÃƒÂ©",
                "Ã\u00A0",
                "Ã¡rbol",
                "l'Ã©tÃ©",
                "The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.",
                "\u00ED\u00A0\u00BD\u00ED\u00B8\u0080",
                "\u00C0\u0080",
                "vÃ¤rld Ã¥r",
                "â€¢ bullet",
                "Â£5",
                "Â©2021",
                // HTML entities
                "&amp;",
                "&lt;b&gt;bold&lt;/b&gt; text",
                "<b>bold</b> &amp; bright",
                "a < b &amp; c",
                "&eacute;t&eacute;",
                "P&EACUTE;REZ",
                "BUNDESSTRA&SZLIG;E",
                "&ntilde; &Ntilde; &NTILDE; &nTILDE;",
                "&hellip;",
                "&#x2019;",
                "&#8217;",
                "&#0;",
                "&#128;",
                "&#x110000;",
                "&#xD800;",
                "&#13;",
                "&#x85;",
                "&#1;",
                "&#xFDD0;",
                "&#x1FFFE;",
                "&notit;",
                "&amp",
                "&ampx",
                "&nbsp;x&nbsp",
                "&NotEqualTilde;",
                "&Jscr;",
                "&amp;amp;",
                "&amp;lt;",
                "&#59;",
                "&#xFB01;",
                "&#65",
                "&#x41",
                "& alone",
                "&;",
                "&#;",
                "&#x;",
                "&copy2021",
                "&zzzz;",
                "&AMP;",
                "&LTRIF;",
                "&lt",
                "&#99999999999999999999;",
                "&#x00000041;",
                "x&#x3000;y",
                "&Tab;tab",
                "&NewLine;",
                "line one\n&lt;two&gt;\n&amp;three",
                "first < line\nsecond &amp; line",
                "&#x1F355; pizza",
                // whitespace kinds
                "a cat   sitting\ton a\nwindowsill",
                "a\r\nb\rc",
                "a\u00A0b",
                "a\u2003b",
                "a\u3000b",
                "a\u2028b",
                "a\u2029b",
                "a\u0085b",
                "a\u200Bb",
                "a\u180Eb",
                "a\u1680b",
                "a\u001Cb\u001Dc\u001Ed\u001Ff",
                "a\u202Fb",
                "a\u205Fb",
                "a\u000Bb",
                "a\u000Cb",
                "\u2000\u2001\u2002 spaced \u2009\u200A",
                // control characters
                "a\u0000b",
                "bell\u0007",
                "\u001B[31mred\u001B[0m text",
                "\u001B[1;32mbold green",
                "del\u007F",
                "l\u200Er\u200F",
                "\uFEFFbom",
                "obj\uFFFC",
                "\u206Aarabic\u206F",
                "\uFFF9anno\uFFFB",
                "\u0001\u0002\u0003",
                "a\u00ADb",
                "zero\u200Dwidth",
                "a\uD800b",
                "a\uDC00b",
                "\uDC00\uD800",
                // private use and unassigned
                "\uE000\uF8FF",
                "\uFFFF",
                "\uDB80\uDC00",
                // the special tokens as text
                "<start_of_text>",
                "<end_of_text>",
                "<|startoftext|>",
                "<|endoftext|>",
                "a <end_of_text> b",
                "<START_OF_TEXT>",
                "<ſtart_of_text>",
                "<start_of_text><end_of_text>",
                "<<start_of_text>>",
                // newer Unicode letters (Unicode 15/16)
                "\uD839\uDCD0\uD839\uDCD1",
                "\uD85B\uDD40",
                "\uD803\uDD40",
                "\uD807\uDF04"));
        strings.addAll(KnownDeviations.INPUTS.keySet());
        strings.add("a very long description of a crowded city street at night with neon signs reflecting on wet "
                + "pavement taxis honking people holding umbrellas food stalls selling noodles and dumplings and a "
                + "tram passing by under the bridge lights");
        strings.add("word ".repeat(74).strip());
        strings.add("word ".repeat(75).strip());
        strings.add("word ".repeat(76).strip());
        strings.add("1".repeat(200));
        strings.add("supercalifragilisticexpialidocious".repeat(8));
        strings.add("🍕".repeat(40));
        strings.add("北京".repeat(60));
        return strings;
    }

    /** UTF-8 text decoded with every single-byte encoding ftfy knows, once and twice. */
    private static List<String> mojibake() {
        List<String> strings = new ArrayList<>();
        for (String charsetName : MOJIBAKE_CHARSETS) {
            Charset charset = Charset.forName(charsetName);
            for (String word : WORDS) {
                String once = new String(word.getBytes(StandardCharsets.UTF_8), charset);
                strings.add(once);
                strings.add("a " + once + " b");
                strings.add(new String(once.getBytes(StandardCharsets.UTF_8), charset));
            }
        }
        return strings;
    }

    private static List<String> random(int count, long seed) {
        Random random = new Random(seed);
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(POOL[random.nextInt(POOL.length)]);
            }
            strings.add(text.toString());
        }
        return strings;
    }
}
