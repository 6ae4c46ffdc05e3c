package dev.fovea.indexer.decode;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.heif.HeifMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.KeyValuePair;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import com.drew.metadata.xmp.XmpReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a photo says it is to be turned upright, read as Pillow's {@code ImageOps.exif_transpose} reads it (Pillow
 * 12, {@code Image.getexif}): the EXIF orientation tag; in a PNG without EXIF, ImageMagick's "Raw profile type
 * exif" text; when neither has the tag, the XMP packet's {@code tiff:Orientation}. HEIF and AVIF are turned by
 * libheif from their rotation and mirror boxes, which is what Pillow's AVIF reader turns into an orientation too
 * (it ignores the EXIF tag); only an XMP orientation in a file with neither EXIF nor rotation is applied on top.
 * Broken metadata never fails a decode: the picture is then shown as stored, as Pillow does.
 */
public final class PhotoOrientation {
    private static final Logger LOG = LoggerFactory.getLogger(PhotoOrientation.class);
    private static final String RAW_PROFILE_EXIF = "Raw profile type exif";
    private static final String XMP_ORIENTATION = "tiff:Orientation";
    /** Pillow's own pattern: the first digit after the attribute or the element. */
    private static final Pattern XMP_ORIENTATION_PATTERN = Pattern.compile("tiff:Orientation(=\"|>)([0-9])");

    private static final byte[] XMP_START = "<x:xmpmeta".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XMP_END = "</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII);

    private PhotoOrientation() {}

    /**
     * The orientation (EXIF values 1 to 8) to apply to the decoded picture, or null when the photo names none
     * (or names one Pillow does not apply, such as 0 or 9).
     *
     * @param heif whether the photo is HEIF or AVIF (then libheif has applied its own rotation)
     * @param content the photo's bytes, {@code content[0 .. length)}, when in memory (HEIF's XMP is found in them); may
     *     be null
     */
    public static Integer of(Metadata metadata, boolean heif, byte[] content, int length) {
        ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (heif) {
            boolean turned = metadata.getDirectoriesOfType(HeifDirectory.class).stream()
                    .anyMatch(directory -> directory.containsTag(HeifDirectory.TAG_IMAGE_ROTATION));
            return exif == null && !turned && content != null ? valid(xmpPacketOrientation(content, length)) : null;
        }
        if (exif == null) {
            exif = rawProfileExif(metadata);
        }
        if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            return valid(exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION));
        }
        for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            String value = xmp.getXmpProperties().get(XMP_ORIENTATION);
            if (value != null && !value.isEmpty() && Character.isDigit(value.charAt(0))) {
                return valid(Character.digit(value.charAt(0), 10));
            }
        }
        return null;
    }

    /** The orientation of a photo the decoder reads itself (the viewer, {@code fovea embed}). */
    static ExifTransform read(Path file, ImageFormat format, byte[] content) {
        boolean heif = format == ImageFormat.HEIF || format == ImageFormat.AVIF;
        if (format == ImageFormat.GIF || format == ImageFormat.BMP) {
            return ExifTransform.NORMAL;
        }
        try (InputStream in = content != null
                ? new ByteArrayInputStream(content)
                : new BufferedInputStream(Files.newInputStream(file), 65536)) {
            Metadata metadata = switch (format) {
                case JPEG -> JpegMetadataReader.readMetadata(in, List.of(new ExifReader(), new XmpReader()));
                case HEIF, AVIF -> HeifMetadataReader.readMetadata(in);
                default -> ImageMetadataReader.readMetadata(in, content != null ? content.length : Files.size(file));
            };
            Integer orientation = of(metadata, heif, content, content == null ? 0 : content.length);
            return orientation == null ? ExifTransform.NORMAL : ExifTransform.fromExif(orientation);
        } catch (Exception | StackOverflowError e) {
            LOG.debug("No readable orientation in {}: {}", file, e.toString());
            return ExifTransform.NORMAL;
        }
    }

    /** The EXIF of ImageMagick's PNG text: a header of three lines, then hex, as Pillow decodes it. */
    private static ExifIFD0Directory rawProfileExif(Metadata metadata) {
        for (PngDirectory png : metadata.getDirectoriesOfType(PngDirectory.class)) {
            Object text = png.getObject(PngDirectory.TAG_TEXTUAL_DATA);
            if (!(text instanceof List<?> pairs)) {
                continue;
            }
            for (Object pair : pairs) {
                if (pair instanceof KeyValuePair entry && RAW_PROFILE_EXIF.equals(entry.getKey())) {
                    return exifOfRawProfile(entry.getValue().toString());
                }
            }
        }
        return null;
    }

    private static ExifIFD0Directory exifOfRawProfile(String profile) {
        String[] lines = profile.split("\n", -1);
        if (lines.length <= 3) {
            return null;
        }
        try {
            byte[] exif = HexFormat.of()
                    .parseHex(String.join("", List.of(lines).subList(3, lines.length))
                            .replaceAll("\\s", ""));
            int start = 0;
            while (exif.length - start >= 6
                    && new String(exif, start, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                start += 6;
            }
            Metadata parsed = new Metadata();
            new ExifReader().extract(new ByteArrayReader(exif, start), parsed, 0);
            return parsed.getFirstDirectoryOfType(ExifIFD0Directory.class);
        } catch (RuntimeException e) {
            LOG.debug("Unreadable raw EXIF profile: {}", e.toString());
            return null;
        }
    }

    /**
     * libheif reads the XMP item but metadata-extractor does not: the packet is found by its wrapper, as the XMP
     * specification's packet scanning does, and matched with Pillow's pattern.
     */
    private static Integer xmpPacketOrientation(byte[] content, int length) {
        int start = indexOf(content, length, XMP_START, 0);
        if (start < 0) {
            return null;
        }
        int end = indexOf(content, length, XMP_END, start);
        String packet = new String(content, start, (end < 0 ? length : end) - start, StandardCharsets.ISO_8859_1);
        Matcher matcher = XMP_ORIENTATION_PATTERN.matcher(packet);
        return matcher.find() ? Integer.valueOf(matcher.group(2)) : null;
    }

    private static int indexOf(byte[] content, int length, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (content[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Integer valid(Integer value) {
        return value != null && value >= 1 && value <= 8 ? value : null;
    }
}
