package dev.fovea.search.text;

import java.nio.charset.StandardCharsets;

/**
 * CLIP's reversible map from UTF-8 bytes to printable characters ({@code bytes_to_unicode}): printable
 * Latin-1 bytes stand for themselves, the other 68 bytes for U+0100 onwards. BPE symbols are strings of
 * these characters, so no byte is ever unknown and no symbol is whitespace.
 */
final class ByteLevelAlphabet {
    private static final char[] BY_BYTE = new char[256];
    /** The 256 characters in vocabulary order (printable ones first): token ids 0..255. */
    private static final char[] IN_VOCABULARY_ORDER = new char[256];

    static {
        int index = 0;
        for (int b = 0; b < 256; b++) {
            if (standsForItself(b)) {
                BY_BYTE[b] = (char) b;
                IN_VOCABULARY_ORDER[index++] = (char) b;
            }
        }
        int extra = 0;
        for (int b = 0; b < 256; b++) {
            if (!standsForItself(b)) {
                BY_BYTE[b] = (char) (256 + extra++);
                IN_VOCABULARY_ORDER[index++] = BY_BYTE[b];
            }
        }
    }

    private ByteLevelAlphabet() {}

    private static boolean standsForItself(int b) {
        return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    }

    static char symbolAt(int vocabularyIndex) {
        return IN_VOCABULARY_ORDER[vocabularyIndex];
    }

    /** The word's UTF-8 bytes, each as its alphabet character. */
    static String encode(String word) {
        byte[] utf8 = word.getBytes(StandardCharsets.UTF_8);
        char[] symbols = new char[utf8.length];
        for (int i = 0; i < utf8.length; i++) {
            symbols[i] = BY_BYTE[utf8[i] & 0xFF];
        }
        return new String(symbols);
    }
}
