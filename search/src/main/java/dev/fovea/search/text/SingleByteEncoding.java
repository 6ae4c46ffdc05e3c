package dev.fovea.search.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A single-byte encoding that UTF-8 text may have been wrongly decoded with, as ftfy models them. The
 * "sloppy" Windows code pages decode their unassigned bytes as Latin-1 does (as browsers do) and stand
 * U+FFFD for byte 0x1A, so that text which lost bytes to a strict decoder can still be re-encoded.
 */
final class SingleByteEncoding {
    /** ftfy's {@code CHARMAP_ENCODINGS}, in the order it tries them. */
    static final List<SingleByteEncoding> CANDIDATES = Stream.of(
                    plain("latin-1", "ISO-8859-1"),
                    sloppy("sloppy-windows-1252", "windows-1252"),
                    sloppy("sloppy-windows-1251", "windows-1251"),
                    sloppy("sloppy-windows-1250", "windows-1250"),
                    sloppy("sloppy-windows-1253", "windows-1253"),
                    sloppy("sloppy-windows-1254", "windows-1254"),
                    sloppy("sloppy-windows-1257", "windows-1257"),
                    plain("iso-8859-2", "ISO-8859-2"),
                    // In the jdk.charsets module: a runtime image without it simply tries one encoding less.
                    plain("macroman", "x-MacRoman"),
                    plain("cp437", "IBM437"))
            .filter(Objects::nonNull)
            .toList();

    static final SingleByteEncoding SLOPPY_WINDOWS_1252 = CANDIDATES.get(1);

    private final String name;
    private final boolean sloppy;
    private final char[] decodeTable;
    private final byte[] encodeTable = new byte[0x10000];
    private final boolean[] encodable = new boolean[0x10000];

    private SingleByteEncoding(String name, boolean sloppy, char[] decodeTable) {
        this.name = name;
        this.sloppy = sloppy;
        this.decodeTable = decodeTable;
        for (int b = 255; b >= 0; b--) {
            encodeTable[decodeTable[b]] = (byte) b;
            encodable[decodeTable[b]] = true;
        }
    }

    private static SingleByteEncoding plain(String name, String charset) {
        char[] table = decodeEachByte(charset);
        return table == null ? null : new SingleByteEncoding(name, false, table);
    }

    private static SingleByteEncoding sloppy(String name, String charset) {
        char[] table = decodeEachByte(charset);
        for (int b = 0; b < 256; b++) {
            if (table[b] == '\uFFFD') {
                table[b] = (char) b;
            }
        }
        table[0x1A] = '\uFFFD';
        return new SingleByteEncoding(name, true, table);
    }

    private static char[] decodeEachByte(String charset) {
        Charset decoder;
        try {
            decoder = Charset.forName(charset);
        } catch (UnsupportedCharsetException e) {
            return null;
        }
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            String decoded = new String(new byte[] {(byte) b}, decoder);
            table[b] = decoded.length() == 1 ? decoded.charAt(0) : '\uFFFD';
        }
        return table;
    }

    String name() {
        return name;
    }

    boolean isSloppy() {
        return sloppy;
    }

    /** Whether the text could have come out of this decoder: every character is one of its 256. */
    boolean canEncode(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!encodable[text.charAt(i)] || Character.isSurrogate(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Only for text that {@link #canEncode} accepts. */
    byte[] encode(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = encodeTable[text.charAt(i)];
        }
        return bytes;
    }

    String decode(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = decodeTable[bytes[i] & 0xFF];
        }
        return new String(chars);
    }

    /** The 256 characters in byte order, for checking the tables against Python's codecs. */
    char[] decodeTable() {
        return Arrays.copyOf(decodeTable, 256);
    }

    /** Strict UTF-8, or null where the bytes are not UTF-8 (Python raising UnicodeDecodeError). */
    static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Python's strict {@code text.encode("latin-1").decode("windows-1252")}, or null where it raises. */
    static String latin1AsStrictWindows1252(String text) {
        try {
            return Charset.forName("windows-1252")
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
