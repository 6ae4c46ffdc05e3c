package dev.fovea.indexer.bench;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.embed.ModelEncoder;
import dev.fovea.indexer.pipeline.DecodeSize;
import dev.fovea.indexer.pipeline.DecoderAdapter;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.image.PixelImage;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Indexing throughput end to end against each stage alone, on the same photos in the same process. Each
 * stage alone uses every core; run one after another on the same cores they allow at most
 * {@code 1 / (1/decode + 1/preprocess + 1/encode)} images per second, the bound the pipeline is held to.
 */
public final class IndexBenchmark {
    private final List<Path> photos;
    private final int threads;
    private final long stageNanos;

    /**
     * @param photos the photos to index (see {@link #photoSet})
     * @param stageSeconds how long each stage alone runs at least
     */
    public IndexBenchmark(List<Path> photos, int threads, double stageSeconds) {
        this.photos = List.copyOf(photos);
        this.threads = threads;
        this.stageNanos = (long) (stageSeconds * 1e9);
    }

    /**
     * Measured rates of one model, images per second, and process CPU milliseconds per image of each.
     *
     * @param stageBoundImagesPerS {@code 1 / (1/decode + 1/preprocess + 1/encode)}
     * @param loadAverage the system's load average when the case started: the rates are only comparable on a quiet machine
     */
    public record Result(
            String modelId,
            int images,
            double megapixels,
            int threads,
            double imagesPerS,
            double decodeImagesPerS,
            double preprocessImagesPerS,
            double encodeImagesPerS,
            double naiveDecodeImagesPerS,
            double decodeToInputImagesPerS,
            double stageBoundImagesPerS,
            double endToEndVsBound,
            double decodeToInputVsNaive,
            double cpuMsPerImage,
            double decodeCpuMsPerImage,
            double preprocessCpuMsPerImage,
            double encodeCpuMsPerImage,
            double naiveDecodeCpuMsPerImage,
            double peakRssMb,
            double loadAverage,
            String jpegDecoder,
            long embedded) {}

    /** Generated photo-sized JPEGs in {@code directory}, made once and reused by later runs of the same size and count. */
    public static List<Path> photoSet(Path directory, int count, int width, int height) throws IOException {
        Path folder = directory.resolve(count + "-" + width + "x" + height);
        Path complete = folder.resolve(".complete");
        if (!Files.exists(complete)) {
            List<Path> files = SyntheticPhotos.generate(folder, count, width, height);
            Files.writeString(complete, files.size() + "\n");
            return files;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jpg"))
                    .sorted()
                    .toList();
        }
    }

    public Result run(EmbeddingModel model, PhotoDecoder decoder, int batchSize, Path workDirectory) throws Exception {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
        ModelEncoder encoder = new ModelEncoder(model);
        int inputSize = encoder.inputSize();
        DecodeRequest request = DecodeSize.request(inputSize, false);

        StageRate naive = StageRate.measure("naive", threads, photos.size(), stageNanos, i -> {
            naiveDecodeAndResize(photos.get(i), inputSize);
            return 1;
        });
        StageRate decode = StageRate.measure("decode", threads, photos.size(), stageNanos, i -> {
            decoder.decode(photos.get(i), request);
            return 1;
        });
        List<PixelImage> decoded = new ArrayList<>();
        for (Path photo : photos) {
            decoded.add(decoder.decode(photo, request).image());
        }
        ThreadLocal<float[]> tensors = ThreadLocal.withInitial(() -> new float[encoder.tensorLength()]);
        StageRate preprocess = StageRate.measure("preprocess", threads, photos.size(), stageNanos, i -> {
            encoder.preprocess(decoded.get(i), tensors.get(), 0);
            return 1;
        });
        StageRate decodeToInput = StageRate.measure("decode-to-input", threads, photos.size(), stageNanos, i -> {
            encoder.preprocess(decoder.decode(photos.get(i), request).image(), tensors.get(), 0);
            return 1;
        });
        float[] batch = new float[batchSize * encoder.tensorLength()];
        for (int i = 0; i < batchSize; i++) {
            encoder.preprocess(decoded.get(i % decoded.size()), batch, i * encoder.tensorLength());
        }
        encoder.encode(batch, batchSize);
        StageRate encode = StageRate.measure("encode", 1, 1, stageNanos, i -> {
            encoder.encode(batch, batchSize);
            return batchSize;
        });
        decoded.clear();

        // At normal priority like the stages alone: on a shared machine a niced pipeline would lose to the others'
        // work.
        IndexingOptions options = IndexingOptions.defaults()
                .withDecodeThreads(threads)
                .withBatchSize(batchSize)
                .withThreadPriority(Thread.NORM_PRIORITY);
        // Warm the code the stages alone did not run (hashing, metadata, thumbnails, catalog): a library of
        // thousands of photos runs in steady state, not in the first seconds of the JIT.
        indexOnce(photos.subList(0, Math.min(8, photos.size())), encoder, decoder, options, workDirectory);
        System.gc();
        PeakMemory.resetWhenSettled();
        long start = System.nanoTime();
        long cpuStart = StageRate.processCpuNanos();
        IndexingSummary summary = indexOnce(photos, encoder, decoder, options, workDirectory);
        StageRate endToEnd =
                StageRate.of(photos.size(), System.nanoTime() - start, StageRate.processCpuNanos() - cpuStart);
        double peak = PeakMemory.peakMegabytes();

        double bound =
                1 / (1 / decode.imagesPerSecond() + 1 / preprocess.imagesPerSecond() + 1 / encode.imagesPerSecond());
        return new Result(
                model.id(),
                photos.size(),
                megapixels(photos.getFirst()),
                threads,
                endToEnd.imagesPerSecond(),
                decode.imagesPerSecond(),
                preprocess.imagesPerSecond(),
                encode.imagesPerSecond(),
                naive.imagesPerSecond(),
                decodeToInput.imagesPerSecond(),
                bound,
                endToEnd.imagesPerSecond() / bound,
                decodeToInput.imagesPerSecond() / naive.imagesPerSecond(),
                endToEnd.cpuMillisPerImage(),
                decode.cpuMillisPerImage(),
                preprocess.cpuMillisPerImage(),
                encode.cpuMillisPerImage(),
                naive.cpuMillisPerImage(),
                peak,
                load,
                decoder.jpegDecoderName(),
                summary.embedded());
    }

    /** Indexes the photos into a fresh home (hard links to them, so nothing is copied) and deletes it. */
    private static IndexingSummary indexOnce(
            List<Path> photos, ModelEncoder encoder, PhotoDecoder decoder, IndexingOptions options, Path workDirectory)
            throws IOException, InterruptedException {
        Path home = Files.createTempDirectory(workDirectory, "home-");
        try {
            Path library = Files.createDirectories(home.resolve("photos"));
            for (Path photo : photos) {
                try {
                    Files.createLink(library.resolve(photo.getFileName()), photo);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(photo, library.resolve(photo.getFileName()));
                }
            }
            try (Library index = Library.open(home.resolve("fovea"))) {
                index.addRoot(library);
                return index.startIndexing(encoder, new DecoderAdapter(decoder), options, null)
                        .await();
            }
        } finally {
            deleteRecursively(home);
        }
    }

    /** What a program without Fovea's decoder does: ImageIO decodes the whole picture, then Java2D scales it. */
    static BufferedImage naiveDecodeAndResize(Path photo, int shortSide) throws IOException {
        BufferedImage full = ImageIO.read(photo.toFile());
        double scale = (double) shortSide / Math.min(full.getWidth(), full.getHeight());
        int width = Math.max(1, (int) Math.round(full.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(full.getHeight() * scale));
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = resized.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(full, 0, 0, width, height, null);
        graphics.dispose();
        return resized;
    }

    private static double megapixels(Path photo) throws IOException {
        try (var input = ImageIO.createImageInputStream(photo.toFile())) {
            var reader = ImageIO.getImageReaders(input).next();
            reader.setInput(input);
            double value = reader.getWidth(0) * (double) reader.getHeight(0) / 1e6;
            reader.dispose();
            return value;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
