package dev.fovea.indexer.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fovea.indexer.testing.ExifBuilder;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataReaderTest {
    private final MetadataReader reader = new MetadataReader();

    @TempDir
    Path temp;

    @Test
    void readsCameraExposureDateWithOffsetGpsAndOrientation() throws Exception {
        Path file = TestPhotos.jpegWithExif(
                temp.resolve("a.jpg"),
                64,
                48,
                1,
                new ExifBuilder()
                        .make("Apple")
                        .model("iPhone 15 Pro")
                        .orientation(6)
                        .dateTimeOriginal("2023:07:31 23:30:05")
                        .offsetTimeOriginal("+01:00")
                        .fNumber(178, 100)
                        .exposureTime(1, 250)
                        .iso(80)
                        .focalLength(686, 100)
                        .lensModel("iPhone 15 Pro back camera")
                        .gps(38.7223, -9.1393));

        PhotoMetadata metadata = reader.read(file);

        assertThat(metadata.fileType()).isEqualTo("jpg");
        assertThat(metadata.cameraMake()).isEqualTo("Apple");
        assertThat(metadata.cameraModel()).isEqualTo("iPhone 15 Pro");
        assertThat(metadata.lens()).isEqualTo("iPhone 15 Pro back camera");
        assertThat(metadata.orientation()).isEqualTo(6);
        assertThat(metadata.fNumber()).isCloseTo(1.78, within(1e-9));
        assertThat(metadata.exposureTime()).isCloseTo(0.004, within(1e-9));
        assertThat(metadata.iso()).isEqualTo(80);
        assertThat(metadata.focalLength()).isCloseTo(6.86, within(1e-9));
        assertThat(metadata.latitude()).isCloseTo(38.7223, within(1e-5));
        assertThat(metadata.longitude()).isCloseTo(-9.1393, within(1e-5));
        TakenAt taken = metadata.takenAt();
        assertThat(taken.local()).isEqualTo(LocalDateTime.of(2023, 7, 31, 23, 30, 5));
        assertThat(taken.offset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(taken.epochMillis())
                .contains(LocalDateTime.of(2023, 7, 31, 22, 30, 5)
                        .toInstant(ZoneOffset.UTC)
                        .toEpochMilli());
        // Date filters see the photographer's calendar: still 31 July.
        assertThat(taken.floatingEpochMillis())
                .isEqualTo(LocalDateTime.of(2023, 7, 31, 23, 30, 5)
                        .toInstant(ZoneOffset.UTC)
                        .toEpochMilli());
    }

    @Test
    void zeroedDatesAndMissingTagsAreUnknown() throws Exception {
        Path file = TestPhotos.jpegWithExif(
                temp.resolve("b.jpg"),
                64,
                48,
                2,
                new ExifBuilder()
                        .make("   ")
                        .dateTimeOriginal("0000:00:00 00:00:00")
                        .orientation(0));
        PhotoMetadata metadata = reader.read(file);
        assertThat(metadata.cameraMake()).isNull();
        assertThat(metadata.takenAt()).isNull();
        assertThat(metadata.orientation()).isNull();
        assertThat(metadata.latitude()).isNull();
    }

    @Test
    void damagedOrForeignFilesGiveWhatCanBeRead() throws Exception {
        Path garbage =
                Files.write(temp.resolve("garbage.jpg"), "definitely not a jpeg".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(garbage).fileType()).isEqualTo("jpg");
        byte[] jpeg = Files.readAllBytes(
                TestPhotos.jpegWithExif(temp.resolve("c.jpg"), 64, 48, 3, new ExifBuilder().make("Canon")));
        Path truncated = Files.write(temp.resolve("truncated.jpeg"), java.util.Arrays.copyOf(jpeg, 40));
        assertThat(reader.read(truncated)).isNotNull();
        Path png = TestPhotos.png(temp.resolve("really-a-png.jpg"), 10, 10, 4);
        assertThat(reader.read(png).fileType()).isEqualTo("png");
    }

    /**
     * metadata-extractor takes every little-endian TIFF whose first directory follows the header for Sony RAW;
     * a TIFF the decoder then refuses was catalogued as "arw".
     */
    @Test
    void aBrokenTiffIsATiffNotASonyRaw() throws Exception {
        byte[] header = {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0, 1, 3, 0, 1, 0, 0, 0, 64, 0};
        Path tiff = Files.write(temp.resolve("scan.tif"), header);
        Path raw = Files.write(temp.resolve("DSC0001.ARW"), header);

        assertThat(reader.read(tiff).fileType()).isEqualTo("tiff");
        assertThat(reader.read(raw).fileType()).isEqualTo("arw");
    }

    /** Against metadata-extractor's own dumps kept beside the camera photos of the shared corpus. */
    @Test
    void matchesTheLibrarysOwnDumpsOfRealCameraPhotos() throws Exception {
        Path corpus = TestData.shared("corpora/camera-photos/metadata-extractor-images");
        List<Path> dumps;
        try (Stream<Path> files = Files.walk(corpus)) {
            dumps = files.filter(path ->
                            path.toString().endsWith(".txt") && path.getParent().endsWith("metadata/java"))
                    .sorted()
                    .toList();
        }
        assertThat(dumps).hasSizeGreaterThan(25);
        List<String> checked = new ArrayList<>();
        for (Path dump : dumps) {
            Path photo = dump.getParent()
                    .getParent()
                    .getParent()
                    .resolve(dump.getFileName().toString().replaceFirst("\\.txt$", ""));
            Map<String, String> tags = firstValues(dump);
            PhotoMetadata metadata = reader.read(photo);
            String name = photo.getFileName().toString();
            assertThat(metadata.cameraMake()).as(name).isEqualTo(trimmed(tags.get("Exif IFD0 - 0x010f")));
            assertThat(metadata.cameraModel()).as(name).isEqualTo(trimmed(tags.get("Exif IFD0 - 0x0110")));
            if (tags.containsKey("Exif SubIFD - 0x8827")
                    && tags.get("Exif SubIFD - 0x8827").matches("\\d+")
                    && !tags.get("Exif SubIFD - 0x8827").equals("0")) {
                assertThat(metadata.iso()).as(name).isEqualTo(Integer.parseInt(tags.get("Exif SubIFD - 0x8827")));
            }
            String original = tags.get("Exif SubIFD - 0x9003");
            if (original != null && ExifDates.localDateTime(original) != null) {
                assertThat(metadata.takenAt().local().withNano(0))
                        .as(name)
                        .isEqualTo(ExifDates.localDateTime(original));
            }
            String fNumber = tags.get("Exif SubIFD - 0x829d");
            if (fNumber != null && fNumber.startsWith("f/")) {
                assertThat(metadata.fNumber())
                        .as(name)
                        .isCloseTo(Double.parseDouble(fNumber.substring(2)), within(0.051));
            }
            String latitude = tags.get("GPS - 0x0002");
            if (latitude != null && tags.containsKey("GPS - 0x0001") && metadata.latitude() != null) {
                double expected = degrees(latitude) * (tags.get("GPS - 0x0001").equals("S") ? -1 : 1);
                assertThat(metadata.latitude()).as(name).isCloseTo(expected, within(1e-4));
            }
            if (tags.containsKey("Exif SubIFD - 0xa434")) {
                assertThat(metadata.lens()).as(name).isEqualTo(trimmed(tags.get("Exif SubIFD - 0xa434")));
            }
            if (tags.containsKey("Exif SubIFD - 0x9011")) {
                assertThat(metadata.takenAt().offset())
                        .as(name)
                        .isEqualTo(ZoneOffset.of(tags.get("Exif SubIFD - 0x9011")));
            }
            checked.add(name);
        }
        System.out.println("Metadata matched metadata-extractor's dumps for " + checked.size() + " camera photos");
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final Pattern LINE = Pattern.compile("^\\[(.+? - 0x[0-9a-f]{4})\\] [^=]+? = (.*)$");
    private static final Pattern DMS = Pattern.compile("(-?[\\d.]+)° ([\\d.]+)' ([\\d.]+)\"");

    private static Map<String, String> firstValues(Path dump) throws Exception {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String line : new String(Files.readAllBytes(dump), StandardCharsets.UTF_8).split("\n")) {
            Matcher match = LINE.matcher(line.strip());
            if (match.matches()) {
                tags.putIfAbsent(match.group(1), match.group(2));
            }
        }
        return tags;
    }

    private static double degrees(String dms) {
        Matcher match = DMS.matcher(dms);
        assertThat(match.find()).as(dms).isTrue();
        return Double.parseDouble(match.group(1))
                + Double.parseDouble(match.group(2)) / 60
                + Double.parseDouble(match.group(3)) / 3600;
    }
}
