package dev.fovea.indexer.metadata;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.heif.HeifMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.xmp.XmpReader;
import dev.fovea.indexer.decode.PhotoOrientation;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a photo's EXIF with metadata-extractor: camera, lens, exposure, date taken (with its offset when
 * recorded), GPS, orientation (as {@link PhotoOrientation} reads it) and the file type detected from the content. Damaged or foreign metadata is
 * read as far as it goes; it never fails a photo.
 */
public final class MetadataReader {
    private static final Logger LOG = LoggerFactory.getLogger(MetadataReader.class);

    /**
     * What a JPEG's fields come from: EXIF (camera, exposure, date, GPS, orientation) and XMP (orientation when EXIF has
     * none). metadata-extractor's other readers (Huffman and quantisation tables, ICC, IPTC, Photoshop, comments...)
     * parse segments nothing here reads: skipping them saves little once compiled (0.12 to 0.10 CPU ms a photo over
     * the camera photos of the test corpus) but also their JIT compilation, which a short run pays (JFR, bench index).
     */
    private static final List<JpegSegmentMetadataReader> JPEG_SEGMENTS = List.of(new ExifReader(), new XmpReader());

    /** @throws IOException only when the file cannot be opened; damaged content gives what could be read */
    public PhotoMetadata read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(file, in, Files.size(file), null);
        }
    }

    /**
     * From the photo's bytes already in memory, {@code content[0 .. length)} of an array the caller may reuse for the
     * next photo ({@code file} names it and gives the extension's type as a fallback).
     */
    public PhotoMetadata read(Path file, byte[] content, int length) {
        try (InputStream in = new ByteArrayInputStream(content, 0, length)) {
            return read(file, in, length, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayInputStream does not fail
        }
    }

    private PhotoMetadata read(Path file, InputStream in, long size, byte[] content) throws IOException {
        String heifBrand = heifBrand(in);
        Metadata metadata;
        try {
            // metadata-extractor 2.19 takes AVIF for a QuickTime movie; its HEIF reader reads it right.
            metadata = heifBrand != null ? HeifMetadataReader.readMetadata(in) : readContainer(in, size);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            // Unknown or damaged container: the decoder has the last word on whether it is a photo.
            LOG.debug("No metadata from {}: {}", file, e.toString());
            return PhotoMetadata.EMPTY.withFileType(FileTypes.fromExtension(file));
        }
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        Double[] location = location(gps);
        return new PhotoMetadata(
                heifBrand != null ? (heifBrand.startsWith("avi") ? "avif" : "heic") : fileType(metadata, file),
                null,
                null,
                ExifDates.takenAt(ifd0, sub),
                text(ifd0, ExifDirectoryBase.TAG_MAKE),
                text(ifd0, ExifDirectoryBase.TAG_MODEL),
                lens(sub),
                positive(rational(sub, ExifDirectoryBase.TAG_FNUMBER)),
                positive(rational(sub, ExifDirectoryBase.TAG_EXPOSURE_TIME)),
                iso(sub),
                positive(rational(sub, ExifDirectoryBase.TAG_FOCAL_LENGTH)),
                location[0],
                location[1],
                PhotoOrientation.of(metadata, heifBrand != null, content, (int) size));
    }

    /** As {@link ImageMetadataReader#readMetadata(InputStream, long)}, a JPEG's segments but the ones read here skipped. */
    private static Metadata readContainer(InputStream in, long size) throws ImageProcessingException, IOException {
        FileType type = FileTypeDetector.detectFileType(in);
        Metadata metadata = type == FileType.Jpeg
                ? JpegMetadataReader.readMetadata(in, JPEG_SEGMENTS)
                : ImageMetadataReader.readMetadata(in, size, type);
        metadata.addDirectory(new FileTypeDirectory(type));
        return metadata;
    }

    private static final java.util.Set<String> HEIF_BRANDS =
            java.util.Set.of("avif", "avis", "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1");

    /** The major brand of an ISO-BMFF file that is a HEIF still image (HEIC, AVIF), else null; leaves the stream where it was. */
    private static String heifBrand(InputStream in) throws IOException {
        byte[] head = new byte[12];
        in.mark(head.length);
        int read = in.readNBytes(head, 0, head.length);
        in.reset();
        if (read < head.length) {
            return null;
        }
        String box = new String(head, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        String brand = new String(head, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return box.equals("ftyp") && HEIF_BRANDS.contains(brand) ? brand : null;
    }

    /**
     * The type to catalogue for a decoded photo: the decoder read the content, so its format wins (metadata
     * detection takes some TIFFs for Sony RAW); for RAW files the metadata names the camera's kind (nef, arw...).
     */
    public static String fileType(String decodedFormat, String fromMetadata) {
        if (decodedFormat == null || ("raw".equals(decodedFormat) && fromMetadata != null)) {
            return fromMetadata;
        }
        return FileTypes.normalise(decodedFormat);
    }

    private static String fileType(Metadata metadata, Path file) {
        FileTypeDirectory type = metadata.getFirstDirectoryOfType(FileTypeDirectory.class);
        String detected = type == null ? null : type.getString(FileTypeDirectory.TAG_EXPECTED_FILE_NAME_EXTENSION);
        if (detected == null || detected.isBlank()) {
            return FileTypes.fromExtension(file);
        }
        String normalised = FileTypes.normalise(detected);
        if (normalised.equals("arw")) {
            // metadata-extractor's "Sony RAW" is any little-endian TIFF whose first directory follows the header:
            // as the decoder's format sniffer does, the extension tells a camera RAW from a plain TIFF.
            String extension = FileTypes.fromExtension(file);
            return extension != null && FileTypes.TIFF_RAW.contains(extension) ? extension : "tiff";
        }
        return normalised;
    }

    private static String lens(ExifSubIFDDirectory sub) {
        String model = text(sub, ExifDirectoryBase.TAG_LENS_MODEL);
        return model != null ? model : text(sub, ExifDirectoryBase.TAG_LENS);
    }

    private static Integer iso(ExifSubIFDDirectory sub) {
        if (sub == null) {
            return null;
        }
        Integer iso = sub.getInteger(ExifDirectoryBase.TAG_ISO_EQUIVALENT);
        return iso != null && iso > 0 ? iso : null;
    }

    private static Double[] location(GpsDirectory gps) {
        GeoLocation location = gps == null ? null : gps.getGeoLocation();
        if (location == null
                || location.isZero()
                || !(Math.abs(location.getLatitude()) <= 90 && Math.abs(location.getLongitude()) <= 180)) {
            return new Double[] {null, null};
        }
        return new Double[] {location.getLatitude(), location.getLongitude()};
    }

    static String text(Directory directory, int tag) {
        if (directory == null) {
            return null;
        }
        String value = directory.getString(tag);
        if (value == null) {
            return null;
        }
        String trimmed = value.replace('\0', ' ').strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static Double rational(Directory directory, int tag) {
        if (directory == null) {
            return null;
        }
        Rational value = directory.getRational(tag);
        if (value != null) {
            return value.getDenominator() == 0 ? null : value.doubleValue();
        }
        return directory.getDoubleObject(tag);
    }

    private static Double positive(Double value) {
        return value != null && value > 0 && Double.isFinite(value) ? value : null;
    }

    /** Lower-case short names the vector index and the query side filter on. */
    static final class FileTypes {
        /** Camera RAW kinds stored in TIFF's structure, whose content alone does not tell them from a TIFF. */
        static final java.util.Set<String> TIFF_RAW = java.util.Set.of(
                "nef", "nrw", "cr2", "arw", "srf", "sr2", "dng", "pef", "srw", "3fr", "erf", "kdc", "dcr", "mos", "mef",
                "iiq", "rwl", "raw");

        private FileTypes() {}

        static String fromExtension(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot < 0 ? null : normalise(name.substring(dot + 1));
        }

        static String normalise(String extension) {
            String lower = extension.toLowerCase(Locale.ROOT);
            return switch (lower) {
                case "jpeg", "jpe", "jfif" -> "jpg";
                case "tif" -> "tiff";
                case "heif", "hif" -> "heic";
                default -> lower;
            };
        }
    }
}
