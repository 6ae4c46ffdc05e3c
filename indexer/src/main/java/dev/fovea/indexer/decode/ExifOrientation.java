package dev.fovea.indexer.decode;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the EXIF orientation tag with metadata-extractor. Broken metadata never fails a decode: the picture is
 * then shown as stored, as PIL does when it cannot read the tag.
 */
final class ExifOrientation {
    private static final Logger LOG = LoggerFactory.getLogger(ExifOrientation.class);

    private ExifOrientation() {}

    /** From a JPEG in memory: only its EXIF segment is parsed. */
    static ExifTransform ofJpeg(byte[] jpeg, int offset, int length) {
        try (InputStream in = new ByteArrayInputStream(jpeg, offset, length)) {
            return of(JpegMetadataReader.readMetadata(in, List.of(new ExifReader())));
        } catch (Exception | StackOverflowError e) {
            LOG.debug("No readable EXIF orientation in JPEG data: {}", e.toString());
            return ExifTransform.NORMAL;
        }
    }

    /** From any file metadata-extractor understands (TIFF, PNG eXIf, WebP, camera RAW...). */
    static ExifTransform ofFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(ImageMetadataReader.readMetadata(new java.io.BufferedInputStream(in, 65536), Files.size(file)));
        } catch (Exception | StackOverflowError e) {
            LOG.debug("No readable EXIF orientation in {}: {}", file, e.toString());
            return ExifTransform.NORMAL;
        }
    }

    private static ExifTransform of(Metadata metadata) {
        ExifIFD0Directory directory = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (directory == null || !directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            return ExifTransform.NORMAL;
        }
        Integer value = directory.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return value == null ? ExifTransform.NORMAL : ExifTransform.fromExif(value);
    }
}
