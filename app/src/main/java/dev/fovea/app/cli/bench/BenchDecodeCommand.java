package dev.fovea.app.cli.bench;

import dev.fovea.app.cli.FoveaSubcommand;
import dev.fovea.app.cli.UsageException;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.bench.SyntheticPhotos;
import dev.fovea.indexer.bench.ThroughputMeter;
import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.search.FoveaException;
import dev.fovea.search.image.ImagePreprocessor;
import dev.fovea.search.model.ModelRegistry;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Decode-to-model-input throughput: Fovea's decoders plus preprocessing against a plain ImageIO full decode
 * and resize, on generated 12-megapixel JPEGs (or a folder of photos), on one thread and on all cores.
 */
@Command(
        name = "decode",
        mixinStandardHelpOptions = true,
        description = "Decode to model input: Fovea's decoders against plain ImageIO.")
final class BenchDecodeCommand extends FoveaSubcommand {
    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Option(names = "--count", description = "Photos to generate (default: ${DEFAULT-VALUE}).", defaultValue = "8")
    int count;

    @Option(
            names = "--width",
            description = "Width of the generated photos (default: ${DEFAULT-VALUE}).",
            defaultValue = "4000")
    int width;

    @Option(
            names = "--height",
            description = "Height of the generated photos (default: ${DEFAULT-VALUE}).",
            defaultValue = "3000")
    int height;

    @Option(
            names = "--folder",
            description = "Measure the photos (JPEG, PNG, HEIC...) in this folder and below instead of generated ones.")
    Path folder;

    @Option(
            names = "--rounds",
            description = "Timed passes over the photos per case (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int rounds;

    @Option(
            names = "--model",
            description = "Variant whose input size and preprocessing to produce (default: ${DEFAULT-VALUE}).",
            defaultValue = ModelRegistry.DEFAULT_DOWNLOAD)
    String model;

    @Override
    public Integer call() throws Exception {
        if (count <= 0 || rounds <= 0 || width <= 0 || height <= 0) {
            throw new UsageException("--count, --rounds, --width and --height must be positive.");
        }
        ImagePreprocessor preprocessor = new ImagePreprocessor(ModelRegistry.find(model)
                .orElseThrow(() -> new UsageException("Unknown model variant '" + model + "'; see fovea model list."))
                .preprocessing());
        int size = preprocessor.preprocessing().imageSize();
        Path generated = null;
        try {
            List<Path> photos;
            if (folder != null) {
                photos = photosIn(folder);
            } else {
                generated = Files.createTempDirectory("fovea-bench-decode");
                err().printf(Locale.ROOT, "Generating %d photos of %d x %d...%n", count, width, height);
                err().flush();
                photos = SyntheticPhotos.generate(generated, count, width, height);
            }
            PhotoDecoder decoder = new PhotoDecoder();
            double megapixels = averageMegapixels(decoder, photos);
            PhotoDecoder fallback = PhotoDecoder.withoutNativeLibraries();
            Map<String, ThroughputMeter.Work> cases = new LinkedHashMap<>();
            cases.put("imageio_naive", file -> naive(file, size));
            // What indexing does: reduced only as far as fidelity allows (FastPathParityTest measures it).
            cases.put("fovea", file -> toTensor(decoder, preprocessor, file, DecodeRequest.forModelInput(size)));
            // The earlier rule, reduced down to the input size itself: faster, and up to 0.08 in cosine away
            // from the reference on large JPEGs under calibrated weights.
            cases.put("fovea_1x_input", file -> toTensor(decoder, preprocessor, file, DecodeRequest.atLeast(size)));
            cases.put(
                    "fovea_dct_4x_input",
                    file -> toTensor(decoder, preprocessor, file, DecodeRequest.atLeast(4 * size)));
            cases.put(
                    "fovea_box_2x_input",
                    file -> toTensor(decoder, preprocessor, file, DecodeRequest.boxAveraged(2 * size)));
            cases.put(
                    "fovea_box_4x_input",
                    file -> toTensor(decoder, preprocessor, file, DecodeRequest.boxAveraged(4 * size)));
            cases.put("fovea_exact", file -> toTensor(decoder, preprocessor, file, DecodeRequest.fullResolution()));
            cases.put(
                    "fovea_without_natives",
                    file -> toTensor(fallback, preprocessor, file, DecodeRequest.atLeast(size)));
            int cores = Runtime.getRuntime().availableProcessors();
            for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                double baseline = 0;
                for (Map.Entry<String, ThroughputMeter.Work> entry : cases.entrySet()) {
                    ThroughputMeter.Measurement measurement =
                            ThroughputMeter.measure(entry.getKey(), photos, threads, rounds, entry.getValue());
                    if (baseline == 0) {
                        baseline = measurement.imagesPerSecond();
                    }
                    report(
                            entry.getKey(),
                            measurement,
                            megapixels,
                            measurement.imagesPerSecond() / baseline,
                            decoder.jpegDecoderName());
                }
            }
            return 0;
        } finally {
            if (generated != null) {
                deleteAll(generated);
            }
        }
    }

    private void report(
            String name,
            ThroughputMeter.Measurement measurement,
            double megapixels,
            double speedup,
            String jpegDecoder) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("case", name);
        line.put("threads", measurement.threads());
        line.put("images", measurement.images());
        line.put("seconds", round(measurement.seconds()));
        line.put("images_per_s", round(measurement.imagesPerSecond()));
        line.put("megapixels", round(megapixels));
        line.put("speedup_vs_imageio_naive", round(speedup));
        line.put("jpeg_decoder", jpegDecoder);
        if (json) {
            out().println(Json.line(line));
        } else {
            out().printf(
                            Locale.ROOT,
                            "%-22s threads=%-2d %7.2f images/s  x%.2f vs imageio_naive%n",
                            name,
                            measurement.threads(),
                            measurement.imagesPerSecond(),
                            speedup);
        }
        out().flush();
    }

    /** The baseline: what Java code usually does, ImageIO's full decode, then a bilinear resize of the short side. */
    private static void naive(Path file, int size) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new FoveaException(file + ": ImageIO cannot read it.");
        }
        double scale = (double) size / Math.min(image.getWidth(), image.getHeight());
        BufferedImage resized = new BufferedImage(
                (int) Math.round(image.getWidth() * scale),
                (int) Math.round(image.getHeight() * scale),
                BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = resized.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, resized.getWidth(), resized.getHeight(), null);
        g.dispose();
    }

    private static void toTensor(
            PhotoDecoder decoder, ImagePreprocessor preprocessor, Path file, DecodeRequest request) {
        float[] tensor = new float[preprocessor.tensorLength()];
        preprocessor.write(decoder.decode(file, request).image(), tensor, 0);
    }

    private static List<Path> photosIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--folder " + folder + " is not a folder.");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> photos = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .matches(".*\\.(jpe?g|png|heic|heif|avif|webp|tiff?)$"))
                    .sorted()
                    .toList();
            if (photos.isEmpty()) {
                throw new FoveaException(folder + " holds no JPEG, PNG, HEIC, AVIF, WebP or TIFF photos to measure.");
            }
            return photos;
        }
    }

    private static double averageMegapixels(PhotoDecoder decoder, List<Path> photos) {
        List<Double> sizes = new ArrayList<>();
        for (Path photo : photos) {
            var decoded = decoder.decode(photo, DecodeRequest.atLeast(1));
            sizes.add(decoded.sourceWidth() * (double) decoded.sourceHeight() / 1e6);
        }
        return sizes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
