package dev.fovea.indexer.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes a minimal EXIF APP1 segment (big-endian TIFF: IFD0, Exif SubIFD, GPS IFD) so the core suite can
 * test metadata reading on generated files. Only the tag types tests need: ASCII, SHORT, LONG, RATIONAL.
 */
public final class ExifBuilder {
    private static final int ASCII = 2;
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int RATIONAL = 5;

    private final TreeMap<Integer, byte[][]> ifd0 = new TreeMap<>();
    private final TreeMap<Integer, byte[][]> exif = new TreeMap<>();
    private final TreeMap<Integer, byte[][]> gps = new TreeMap<>();

    public ExifBuilder make(String value) {
        ifd0.put(0x010f, ascii(value));
        return this;
    }

    public ExifBuilder model(String value) {
        ifd0.put(0x0110, ascii(value));
        return this;
    }

    public ExifBuilder orientation(int value) {
        ifd0.put(0x0112, shorts(value));
        return this;
    }

    public ExifBuilder dateTimeOriginal(String value) {
        exif.put(0x9003, ascii(value));
        return this;
    }

    public ExifBuilder offsetTimeOriginal(String value) {
        exif.put(0x9011, ascii(value));
        return this;
    }

    public ExifBuilder fNumber(long numerator, long denominator) {
        exif.put(0x829d, rational(numerator, denominator));
        return this;
    }

    public ExifBuilder exposureTime(long numerator, long denominator) {
        exif.put(0x829a, rational(numerator, denominator));
        return this;
    }

    public ExifBuilder iso(int value) {
        exif.put(0x8827, shorts(value));
        return this;
    }

    public ExifBuilder focalLength(long numerator, long denominator) {
        exif.put(0x920a, rational(numerator, denominator));
        return this;
    }

    public ExifBuilder lensModel(String value) {
        exif.put(0xa434, ascii(value));
        return this;
    }

    /** Degrees as decimal; written as degrees/minutes/seconds rationals with N/S and E/W references. */
    public ExifBuilder gps(double latitude, double longitude) {
        gps.put(0x0001, ascii(latitude >= 0 ? "N" : "S"));
        gps.put(0x0002, dms(Math.abs(latitude)));
        gps.put(0x0003, ascii(longitude >= 0 ? "E" : "W"));
        gps.put(0x0004, dms(Math.abs(longitude)));
        return this;
    }

    /** Coordinates without the N/S and E/W letters, as some broken writers leave them: the hemisphere is unknown. */
    public ExifBuilder gpsWithoutReferences(double latitude, double longitude) {
        gps.put(0x0002, dms(Math.abs(latitude)));
        gps.put(0x0004, dms(Math.abs(longitude)));
        return this;
    }

    public byte[] app1Segment() {
        byte[] tiff = tiff();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
        segment.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + tiff.length));
        segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        return segment.array();
    }

    private byte[] tiff() {
        // Layout: header (8), IFD0, Exif IFD, GPS IFD, then all out-of-line values.
        int ifd0Entries = ifd0.size() + (exif.isEmpty() ? 0 : 1) + (gps.isEmpty() ? 0 : 1);
        int ifd0Offset = 8;
        int exifOffset = ifd0Offset + ifdSize(ifd0Entries);
        int gpsOffset = exifOffset + (exif.isEmpty() ? 0 : ifdSize(exif.size()));
        int dataOffset = gpsOffset + (gps.isEmpty() ? 0 : ifdSize(gps.size()));
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        TreeMap<Integer, byte[][]> first = new TreeMap<>(ifd0);
        if (!exif.isEmpty()) {
            first.put(0x8769, longs(exifOffset));
        }
        if (!gps.isEmpty()) {
            first.put(0x8825, longs(gpsOffset));
        }
        List<byte[]> ifds = new ArrayList<>();
        ifds.add(ifd(first, dataOffset, data));
        if (!exif.isEmpty()) {
            ifds.add(ifd(exif, dataOffset, data));
        }
        if (!gps.isEmpty()) {
            ifds.add(ifd(gps, dataOffset, data));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        ifds.forEach(out::writeBytes);
        out.writeBytes(data.toByteArray());
        return out.toByteArray();
    }

    private static int ifdSize(int entries) {
        return 2 + 12 * entries + 4;
    }

    private static byte[] ifd(TreeMap<Integer, byte[][]> entries, int dataOffset, ByteArrayOutputStream data) {
        ByteBuffer ifd = ByteBuffer.allocate(ifdSize(entries.size())).order(ByteOrder.BIG_ENDIAN);
        ifd.putShort((short) entries.size());
        entries.forEach((tag, value) -> {
            int type = value[0][0];
            int count = ByteBuffer.wrap(value[1]).getInt();
            byte[] bytes = value[2];
            ifd.putShort((short) (int) tag).putShort((short) type).putInt(count);
            if (bytes.length <= 4) {
                byte[] inline = new byte[4];
                System.arraycopy(bytes, 0, inline, 0, bytes.length);
                ifd.put(inline);
            } else {
                ifd.putInt(dataOffset + data.size());
                data.writeBytes(bytes);
                if (data.size() % 2 == 1) {
                    data.write(0);
                }
            }
        });
        ifd.putInt(0);
        return ifd.array();
    }

    private static byte[][] value(int type, int count, byte[] bytes) {
        return new byte[][] {{(byte) type}, ByteBuffer.allocate(4).putInt(count).array(), bytes};
    }

    private static byte[][] ascii(String text) {
        byte[] bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        return value(ASCII, bytes.length, bytes);
    }

    private static byte[][] shorts(int value) {
        return value(SHORT, 1, ByteBuffer.allocate(2).putShort((short) value).array());
    }

    private static byte[][] longs(int value) {
        return value(LONG, 1, ByteBuffer.allocate(4).putInt(value).array());
    }

    private static byte[][] rational(long numerator, long denominator) {
        return value(
                RATIONAL,
                1,
                ByteBuffer.allocate(8)
                        .putInt((int) numerator)
                        .putInt((int) denominator)
                        .array());
    }

    private static byte[][] dms(double degrees) {
        int whole = (int) degrees;
        double minutesFull = (degrees - whole) * 60;
        int minutes = (int) minutesFull;
        long seconds = Math.round((minutesFull - minutes) * 60 * 10000);
        ByteBuffer bytes = ByteBuffer.allocate(24)
                .putInt(whole)
                .putInt(1)
                .putInt(minutes)
                .putInt(1)
                .putInt((int) seconds)
                .putInt(10000);
        return value(RATIONAL, 3, bytes.array());
    }
}
