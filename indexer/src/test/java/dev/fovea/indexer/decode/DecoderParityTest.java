package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.image.PixelLayout;
import dev.fovea.search.model.ModelVariant;
import dev.fovea.search.model.Preprocessing;
import dev.fovea.testing.ReferencePreprocessing;
import dev.fovea.testing.SyntheticImages;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decode plus preprocessing against open_clip's transform on PIL, for every distinct preprocessing of the
 * registry: each tensor value within one 8-bit level (1/255). Decodes are exact (full scale). Files whose
 * difference comes from PIL itself are excluded with the reason below, and their difference still printed
 * (target/surefire-reports/*DecoderParityTest-output.txt).
 */
class DecoderParityTest {
    static final String PIL_CLIPS_16_BIT_GRAY =
            "PIL opens 16-bit greyscale as I;16 and clips it at 255 when converting to RGB; Fovea keeps the high byte";
    static final String PIL_RESIZES_CMYK =
            "PIL resizes CMYK and converts to RGB afterwards; Fovea converts first (same formula), so edges differ";
    static final String PIL_RLE_BMP =
            "Pillow 12.3 decodes these RLE BMPs wrongly (pal4rle.bmp comes out garbled); Fovea shows the BMP suite picture";
    static final String ANIMATED_WEBP =
            "animated WebP: Fovea reads the first frame with ImageIO, PIL composes it with libwebp's animation decoder";

    private static PhotoDecoder decoder;

    @TempDir
    Path workDir;

    @BeforeAll
    static void decoder() {
        decoder = new PhotoDecoder();
    }

    @Test
    void generatedPicturesOfEveryFormatMatchOpenClip() {
        List<Path> files = generated(workDir);
        ParitySurvey survey = surveyAllPreprocessings(files);
        System.out.println("Generated pictures, exact decodes:\n" + survey.report());
        assertThat(survey.mismatches()).isEmpty();
        assertThat(survey.rows())
                .allMatch(row -> row.outcome().equals("compared"), "every generated picture decodes on both sides");
    }

    @Test
    void cameraPhotosMatchOpenClip() throws IOException {
        List<Path> photos = files(TestData.shared("corpora/camera-photos"), "(?i).*\\.(jpe?g|webp)$");
        ParitySurvey survey = surveyAllPreprocessings(photos);
        System.out.println("Camera photos, exact decodes:\n" + survey.report());
        assertThat(survey.mismatches()).isEmpty();
        assertThat(survey.rows())
                .allMatch(row -> row.outcome().equals("compared"), "every camera photo decodes on both sides");
    }

    /**
     * PIL here has no HEIF decoder (pillow-heif is not installed), so the reference reads libheif's pixels as
     * Fovea decoded them, written losslessly: this checks the preprocessing of those photos, and that they decode.
     */
    @Test
    void heifPhotosPreprocessLikeOpenClip() throws IOException {
        List<Path> photos = files(TestData.shared("corpora/camera-photos"), "(?i).*\\.(heic|heif|avif)$");
        assertThat(photos).isNotEmpty();
        List<Path> proxies = new ArrayList<>();
        for (Path photo : photos) {
            proxies.add(SyntheticImages.writePng(
                    decoder.decode(photo, DecodeRequest.fullResolution()).image(),
                    workDir.resolve(photo.getFileName() + ".png")));
        }
        ParitySurvey survey = surveyAllPreprocessings(proxies);
        System.out.println("HEIF/HEIC/AVIF photos via lossless proxies:\n" + survey.report());
        assertThat(survey.mismatches()).isEmpty();
    }

    @Test
    void oddFormatsMatchOpenClip() throws IOException {
        List<Path> files = files(
                TestData.shared("corpora/image-rs/tests/images"),
                "(?i).*/(png|gif|bmp|tiff|webp)/.*\\.(png|gif|bmp|tif|tiff|webp)$");
        ParitySurvey survey = surveyAllPreprocessings(files);
        System.out.println("image-rs odd formats, exact decodes:\n" + survey.report());
        assertThat(survey.mismatches()).isEmpty();
        // Fovea may refuse what PIL decodes only when the file is incomplete or deliberately malformed.
        assertThat(survey.rows())
                .filteredOn(row -> row.outcome().startsWith("fovea-failed"))
                .allMatch(row -> row.outcome().endsWith(UndecodableImageException.TRUNCATED)
                        || row.file().toString().contains("/lenient/"));
    }

    /** Not a parity claim: how far reduced-scale decoding lands from the reference, printed for the record. */
    @Test
    void reducedScaleDecodingStaysCloseToTheReference() throws IOException {
        List<Path> photos = new ArrayList<>(List.of(TestPictures.jpeg(
                SyntheticImages.generate(4000, 3000, PixelLayout.RGB, 21), workDir.resolve("12mp.jpg"), 0.9f)));
        if (Files.isDirectory(TestData.repoRoot().resolveSibling("shared/corpora/camera-photos"))) {
            photos.addAll(files(TestData.shared("corpora/camera-photos"), "(?i).*\\.jpe?g$"));
        }
        StringBuilder summary = new StringBuilder();
        for (Map.Entry<Preprocessing, ModelVariant> entry :
                ReferencePreprocessing.representatives().entrySet()) {
            List<ReferencePreprocessing.Reference> references =
                    ReferencePreprocessing.forVariant(entry.getValue(), photos, workDir);
            int size = entry.getKey().imageSize();
            for (int margin : new int[] {1, 2}) {
                ParitySurvey survey = new ParitySurvey();
                survey.compare(
                        entry.getKey(),
                        photos,
                        references,
                        (file, preprocessing) ->
                                ParitySurvey.tensor(decoder, file, preprocessing, DecodeRequest.atLeast(margin * size)),
                        (file, mode) -> Optional.empty());
                List<ParitySurvey.Row> rows = survey.rows().stream()
                        .filter(row -> row.outcome().equals("compared"))
                        .toList();
                double mean = rows.stream()
                        .mapToDouble(ParitySurvey.Row::mean)
                        .average()
                        .orElse(0);
                double worst =
                        rows.stream().mapToDouble(ParitySurvey.Row::worst).max().orElse(0);
                double worstMean =
                        rows.stream().mapToDouble(ParitySurvey.Row::mean).max().orElse(0);
                summary.append(String.format(
                        Locale.ROOT,
                        "%s minShortSide=%d: %d photos, mean |diff| %.5f (worst photo %.5f), worst value %.4f%n",
                        entry.getValue().id(),
                        margin * size,
                        rows.size(),
                        mean,
                        worstMean,
                        worst));
                assertThat(mean)
                        .as(
                                "mean difference of reduced-scale decodes, %s x%d",
                                entry.getValue().id(), margin)
                        .isLessThan(0.05);
            }
        }
        System.out.println("Reduced-scale decoding against the reference:\n" + summary);
    }

    private ParitySurvey surveyAllPreprocessings(List<Path> files) {
        ParitySurvey survey = new ParitySurvey();
        for (ModelVariant variant : ReferencePreprocessing.representatives().values()) {
            survey.compare(
                    variant.preprocessing(),
                    files,
                    ReferencePreprocessing.forVariant(variant, files, workDir),
                    (file, preprocessing) ->
                            ParitySurvey.tensor(decoder, file, preprocessing, DecodeRequest.fullResolution()),
                    DecoderParityTest::exclusion);
        }
        return survey;
    }

    static Optional<String> exclusion(Path file, String mode) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (mode != null && mode.startsWith("I")) {
            return Optional.of(PIL_CLIPS_16_BIT_GRAY);
        }
        if ("CMYK".equals(mode)) {
            return Optional.of(PIL_RESIZES_CMYK);
        }
        if (name.endsWith(".bmp") && name.contains("rle")) {
            return Optional.of(PIL_RLE_BMP);
        }
        if (name.endsWith(".webp") && animatedWebp(file)) {
            return Optional.of(ANIMATED_WEBP);
        }
        return Optional.empty();
    }

    private static boolean animatedWebp(Path file) {
        try {
            byte[] header = new byte[21];
            try (var in = Files.newInputStream(file)) {
                int read = in.readNBytes(header, 0, header.length);
                return read == header.length
                        && new String(header, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("VP8X")
                        && (header[20] & 0x02) != 0;
            }
        } catch (IOException e) {
            return false;
        }
    }

    static List<Path> generated(Path dir) {
        List<Path> files = new ArrayList<>();
        files.add(TestPictures.jpeg(
                SyntheticImages.generate(1200, 900, PixelLayout.RGB, 1), dir.resolve("photo.jpg"), 0.9f));
        files.add(TestPictures.jpeg(
                SyntheticImages.generate(800, 600, PixelLayout.GRAY, 2), dir.resolve("gray.jpg"), 0.85f));
        for (int orientation = 2; orientation <= 8; orientation++) {
            files.add(TestPictures.jpegWithOrientation(
                    SyntheticImages.generate(330, 250, PixelLayout.RGB, 10 + orientation),
                    orientation,
                    dir.resolve("orientation-" + orientation + ".jpg")));
        }
        files.add(TestPictures.cmykJpeg(640, 480, 3, dir.resolve("cmyk.jpg")));
        files.add(SyntheticImages.writePng(
                SyntheticImages.generate(500, 400, PixelLayout.RGBA, 4), dir.resolve("rgba.png")));
        files.add(SyntheticImages.writePng(
                SyntheticImages.generate(400, 500, PixelLayout.GRAY, 5), dir.resolve("gray.png")));
        files.add(SyntheticImages.writePng(
                SyntheticImages.generate(300, 300, PixelLayout.GRAY_ALPHA, 6), dir.resolve("gray-alpha.png")));
        files.add(
                SyntheticImages.writePng(SyntheticImages.generatePalette(420, 300, 50, 7), dir.resolve("palette.png")));
        files.add(TestPictures.png16(360, 270, 8, dir.resolve("rgb16.png")));
        files.add(TestPictures.write(
                SyntheticImages.generatePalette(320, 240, 30, 9), "gif", dir.resolve("palette.gif")));
        files.add(TestPictures.write(
                SyntheticImages.generate(333, 222, PixelLayout.RGB, 10), "bmp", dir.resolve("photo.bmp")));
        files.add(TestPictures.write(
                SyntheticImages.generate(444, 333, PixelLayout.RGB, 11), "tiff", dir.resolve("photo.tif")));
        return files;
    }

    private static List<Path> files(Path root, String pattern) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.toString().matches(pattern))
                    .sorted()
                    .toList();
        }
    }
}
