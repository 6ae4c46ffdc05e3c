package dev.fovea.indexer.catalog;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's path as the catalog stores it, losslessly. On Linux a name is bytes and need not be UTF-8; Java
 * shows each byte it cannot decode as U+FFFD, so two names that differ only there would share a row. Such
 * bytes are stored as the private-use characters U+F780..U+F7FF (byte 0x80..0xFF), the way Python's
 * "surrogateescape" does; a name that really holds one of those characters has its UTF-8 bytes stored the
 * same way, so the mapping is one to one. Every other name is stored as Java prints it.
 */
public final class StoredPath {
    private static final char ESCAPE_BASE = '\uF700';
    private static final char FIRST_ESCAPE = '\uF780';
    private static final char LAST_ESCAPE = '\uF7FF';
    private static final boolean BYTE_NAMES =
            FileSystems.getDefault().getSeparator().equals("/");

    private StoredPath() {}

    public static String text(Path path) {
        String plain = path.toString();
        if (!BYTE_NAMES || !path.isAbsolute() || (plain.indexOf('\uFFFD') < 0 && !hasEscapes(plain))) {
            return plain;
        }
        return escaped(rawBytes(path));
    }

    public static Path path(String text) {
        if (!BYTE_NAMES || !hasEscapes(text)) {
            return Path.of(text);
        }
        StringBuilder uri = new StringBuilder("file://");
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            byte[] bytes = codePoint >= FIRST_ESCAPE && codePoint <= LAST_ESCAPE
                    ? new byte[] {(byte) (codePoint - ESCAPE_BASE)}
                    : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                int value = b & 0xff;
                if (value == '/' || (Character.isLetterOrDigit(value) && value < 0x80)) {
                    uri.append((char) value);
                } else {
                    uri.append('%')
                            .append(Character.forDigit(value >> 4, 16))
                            .append(Character.forDigit(value & 15, 16));
                }
            }
        }
        return Path.of(URI.create(uri.toString()));
    }

    /** The name's bytes as the file system holds them: a file URI keeps each byte (percent-encoded). */
    private static byte[] rawBytes(Path path) {
        String raw = path.toUri().getRawPath();
        byte[] bytes = new byte[raw.length()];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes[length++] = (byte) Integer.parseInt(raw, i + 1, i + 3, 16);
                i += 2;
            } else {
                bytes[length++] = (byte) c;
            }
        }
        if (length > 1 && bytes[length - 1] == '/') {
            length--; // a directory's URI ends with a slash its path has not
        }
        return Arrays.copyOf(bytes, length);
    }

    private static String escaped(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; ) {
            int length = sequenceLength(bytes[i] & 0xff);
            String character = length > 0 ? strictUtf8(bytes, i, length) : null;
            if (character != null && !hasEscapes(character)) {
                text.append(character);
                i += length;
            } else {
                int end = character != null ? i + length : i + 1;
                for (; i < end; i++) {
                    text.append((char) (ESCAPE_BASE + (bytes[i] & 0xff)));
                }
            }
        }
        return text.toString();
    }

    /** The character bytes[at, at + length) encode, or null when they are not its valid UTF-8. */
    private static String strictUtf8(byte[] bytes, int at, int length) {
        if (at + length > bytes.length) {
            return null;
        }
        byte[] sequence = Arrays.copyOfRange(bytes, at, at + length);
        String decoded = new String(sequence, StandardCharsets.UTF_8);
        // Re-encoding to the same bytes rules out overlong forms, surrogates and bad continuation bytes.
        return Arrays.equals(decoded.getBytes(StandardCharsets.UTF_8), sequence) ? decoded : null;
    }

    private static int sequenceLength(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    private static boolean hasEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_ESCAPE && c <= LAST_ESCAPE) {
                return true;
            }
        }
        return false;
    }
}
