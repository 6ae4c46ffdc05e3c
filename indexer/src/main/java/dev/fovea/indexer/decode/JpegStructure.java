package dev.fovea.indexer.decode;

import java.util.Optional;

/**
 * What a JPEG's markers say before any decoding: the frame header (size, components, coding process). Walks
 * segment lengths only, bounds-checked, so it is safe on arbitrary bytes and cheap enough to probe every
 * candidate inside a camera RAW file.
 */
record JpegStructure(int frameMarker, int precision, int width, int height, int components) {
    private static final int MAX_SEGMENTS = 4096;

    /** Huffman or arithmetic, sequential or progressive, 8 bits: what libjpeg-turbo decodes. */
    boolean decodable() {
        boolean supportedProcess = frameMarker == 0xC0
                || frameMarker == 0xC1
                || frameMarker == 0xC2
                || frameMarker == 0xC9
                || frameMarker == 0xCA;
        return supportedProcess
                && precision == 8
                && width > 0
                && height > 0
                && (components == 1 || components == 3 || components == 4);
    }

    /** Progressive JPEGs keep every coefficient of the picture in memory while decoding. */
    boolean progressive() {
        return frameMarker == 0xC2 || frameMarker == 0xCA;
    }

    String describeProcess() {
        return switch (frameMarker) {
            case 0xC3, 0xC7, 0xCB, 0xCF -> "lossless JPEG";
            case 0xC5, 0xC6, 0xCD, 0xCE -> "hierarchical JPEG";
            default ->
                precision != 8
                        ? precision + "-bit JPEG"
                        : height == 0 ? "JPEG with a deferred height (DNL)" : "JPEG with " + components + " components";
        };
    }

    /** The structure of the JPEG starting at {@code offset} (its SOI), or empty when the bytes are not one. */
    static Optional<JpegStructure> parse(byte[] data, int offset, int limit) {
        if (offset + 4 > limit || (data[offset] & 0xff) != 0xFF || (data[offset + 1] & 0xff) != 0xD8) {
            return Optional.empty();
        }
        int position = offset + 2;
        for (int segments = 0; segments < MAX_SEGMENTS; segments++) {
            while (position < limit && (data[position] & 0xff) != 0xFF) {
                position++; // stray bytes where a marker should be: libjpeg skips them with a warning
            }
            if (position + 4 > limit) {
                return Optional.empty();
            }
            while (position < limit && (data[position] & 0xff) == 0xFF) {
                position++; // fill bytes
            }
            if (position + 3 > limit) {
                return Optional.empty();
            }
            int marker = data[position] & 0xff;
            position++;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // no length
            }
            if (marker == 0xD8 || marker == 0xD9 || marker == 0xDA || marker == 0x00) {
                return Optional.empty(); // a scan or an end before any frame header
            }
            int length = u16(data, position);
            if (length < 2 || position + length > limit) {
                return Optional.empty();
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (length < 8) {
                    return Optional.empty();
                }
                return Optional.of(new JpegStructure(
                        marker,
                        data[position + 2] & 0xff,
                        u16(data, position + 5),
                        u16(data, position + 3),
                        data[position + 7] & 0xff));
            }
            position += length;
        }
        return Optional.empty();
    }

    private static int u16(byte[] data, int position) {
        return ((data[position] & 0xff) << 8) | (data[position + 1] & 0xff);
    }
}
