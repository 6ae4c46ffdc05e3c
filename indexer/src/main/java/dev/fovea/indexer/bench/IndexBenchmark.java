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
import java.lang.management.ManagementFactory;
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
     * Measured rates of one model, images per second, and process CPU milliseconds per image of each. The stage and
     * end-to-end figures are the medians of the rounds, each round's share taken within the round.
     *
     * @param stageBoundImagesPerS {@code 1 / (1/decode + 1/preprocess + 1/encode)}
     * @param cpuShare the stages' CPU per photo over the pipeline's (median of the rounds)
     * @param warmupRuns whole indexing runs before the first counted round: one unmeasured, then the warm-up rounds
     * @param oneWarmupEndToEndVsBound what the bench reported with a single warm-up run: the median share of the first
     *     {@code rounds.size()} measured rounds, warm-up rounds included
     * @param oneWarmupCpuShare the same for the CPU share
     * @param peakRssMb the highest of the rounds
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
            double cpuShare,
            int warmupRuns,
            double oneWarmupEndToEndVsBound,
            double oneWarmupCpuShare,
            double decodeToInputVsNaive,
            double cpuMsPerImage,
            double decodeCpuMsPerImage,
            double preprocessCpuMsPerImage,
            double encodeCpuMsPerImage,
            double naiveDecodeCpuMsPerImage,
            double peakRssMb,
            double loadAverage,
            String jpegDecoder,
            long embedded,
            List<IndexRound> warmupRounds,
            List<IndexRound> rounds) {}

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

    /**
     * Warms every stage and the pipeline once, then measures {@code warmupRounds} rounds left out of the medians and
     * {@code rounds} rounds that count, each the stages alone followed by the pipeline: the machine's speed moves
     * between runs (by a fifth on a shared machine), so each round's share is taken from figures measured seconds
     * apart, and the median of the rounds is reported beside each round. The warm-up rounds are there because 128
     * photos bring the pipeline's own code (HNSW inserts, the catalog's driver, name analysis) to the JIT's thresholds
     * over several runs (JFR: ~940, 280, 160, 120, 75, 40 compilations in the first six), where a library of thousands
     * pays that once; they are reported, with the share the first rounds gave, so that a reader sees what the extra
     * warm-up changed.
     */
    public Result run(
            EmbeddingModel model, PhotoDecoder decoder, int batchSize, int warmupRounds, int rounds, Path workDirectory)
            throws Exception {
        if (rounds < 1 || warmupRounds < 0) {
            throw new IllegalArgumentException(
                    "At least one round and no negative warm-up are needed, got " + rounds + " and " + warmupRounds);
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ModelEncoder encoder = new ModelEncoder(model);
        int inputSize = encoder.inputSize();
        DecodeRequest request = DecodeSize.request(inputSize, false);

        StageRate naive = StageRate.measure("naive", threads, photos.size(), stageNanos, i -> {
            naiveDecodeAndResize(photos.get(i), inputSize);
            return 1;
        });
        ThreadLocal<float[]> tensors = ThreadLocal.withInitial(() -> new float[encoder.tensorLength()]);
        StageRate decodeToInput = StageRate.measure("decode-to-input", threads, photos.size(), stageNanos, i -> {
            encoder.preprocess(decoder.decode(photos.get(i), request).image(), tensors.get(), 0);
            return 1;
        });
        Stages stages = new Stages(encoder, decoder, request, batchSize, tensors);
        // At normal priority like the stages alone: on a shared machine a niced pipeline would lose to the others'
        // work.
        IndexingOptions options = IndexingOptions.defaults()
                .withDecodeThreads(threads)
                .withBatchSize(batchSize)
                .withThreadPriority(Thread.NORM_PRIORITY);
        // Warm the code the stages alone do not run (hashing, metadata, thumbnails, catalog, index): a library of
        // thousands of photos runs in steady state, not in the first seconds of the JIT.
        stages.bound();
        indexOnce(photos, encoder, decoder, options, workDirectory);

        List<IndexRound> all = new ArrayList<>();
        long embedded = 0;
        for (int round = 0; round < warmupRounds + rounds; round++) {
            Alone alone = stages.bound();
            Indexed endToEnd = indexOnce(photos, encoder, decoder, options, workDirectory);
            embedded = endToEnd.summary().embedded();
            all.add(IndexRound.of(
                    alone.decode,
                    alone.preprocess,
                    alone.encode,
                    endToEnd.rate(),
                    endToEnd.peakRssMb(),
                    endToEnd.jitCompileMs()));
        }
        List<IndexRound> measured = all.subList(warmupRounds, all.size());
        List<IndexRound> firstRounds = all.subList(0, rounds);
        return new Result(
                model.id(),
                photos.size(),
                megapixels(photos.getFirst()),
                threads,
                IndexRound.median(measured, IndexRound::imagesPerS),
                IndexRound.median(measured, IndexRound::decodeImagesPerS),
                IndexRound.median(measured, IndexRound::preprocessImagesPerS),
                IndexRound.median(measured, IndexRound::encodeImagesPerS),
                naive.imagesPerSecond(),
                decodeToInput.imagesPerSecond(),
                IndexRound.median(measured, IndexRound::stageBoundImagesPerS),
                IndexRound.median(measured, IndexRound::endToEndVsBound),
                IndexRound.median(measured, IndexRound::cpuShare),
                1 + warmupRounds,
                IndexRound.median(firstRounds, IndexRound::endToEndVsBound),
                IndexRound.median(firstRounds, IndexRound::cpuShare),
                decodeToInput.imagesPerSecond() / naive.imagesPerSecond(),
                IndexRound.median(measured, IndexRound::cpuMsPerImage),
                IndexRound.median(measured, IndexRound::decodeCpuMsPerImage),
                IndexRound.median(measured, IndexRound::preprocessCpuMsPerImage),
                IndexRound.median(measured, IndexRound::encodeCpuMsPerImage),
                naive.cpuMillisPerImage(),
                IndexRound.max(measured, IndexRound::peakRssMb),
                load,
                decoder.jpegDecoderName(),
                embedded,
                List.copyOf(all.subList(0, warmupRounds)),
                List.copyOf(measured));
    }

    private record Alone(StageRate decode, StageRate preprocess, StageRate encode) {}

    /** The three stages, each alone on every core, over the benchmark's photos. */
    private final class Stages {
        private final ModelEncoder encoder;
        private final PhotoDecoder decoder;
        private final DecodeRequest request;
        private final int batchSize;
        private final ThreadLocal<float[]> tensors;

        Stages(
                ModelEncoder encoder,
                PhotoDecoder decoder,
                DecodeRequest request,
                int batchSize,
                ThreadLocal<float[]> tensors) {
            this.encoder = encoder;
            this.decoder = decoder;
            this.request = request;
            this.batchSize = batchSize;
            this.tensors = tensors;
        }

        Alone bound() throws Exception {
            StageRate decode = StageRate.measure("decode", threads, photos.size(), stageNanos, i -> {
                decoder.decode(photos.get(i), request);
                return 1;
            });
            List<PixelImage> decoded = new ArrayList<>();
            for (Path photo : photos) {
                decoded.add(decoder.decode(photo, request).image());
            }
            StageRate preprocess = StageRate.measure("preprocess", threads, photos.size(), stageNanos, i -> {
                encoder.preprocess(decoded.get(i), tensors.get(), 0);
                return 1;
            });
            float[] batch = new float[batchSize * encoder.tensorLength()];
            for (int i = 0; i < batchSize; i++) {
                encoder.preprocess(decoded.get(i % decoded.size()), batch, i * encoder.tensorLength());
            }
            decoded.clear();
            encoder.encode(batch, batchSize);
            StageRate encode = StageRate.measure("encode", 1, 1, stageNanos, i -> {
                encoder.encode(batch, batchSize);
                return batchSize;
            });
            return new Alone(decode, preprocess, encode);
        }
    }

    /**
     * Indexes the photos into a fresh home, as {@code fovea index} does from opening the library to closing it, and
     * measures that; the home (hard links to the photos, so nothing is copied) is made before and deleted after.
     */
    private static Indexed indexOnce(
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
            System.gc();
            PeakMemory.resetWhenSettled();
            long start = System.nanoTime();
            long cpuStart = StageRate.processCpuNanos();
            long compileStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            IndexingSummary summary;
            try (Library index = Library.open(home.resolve("fovea"))) {
                index.addRoot(library);
                summary = index.startIndexing(encoder, new DecoderAdapter(decoder), options, null)
                        .await();
            }
            StageRate rate =
                    StageRate.of(photos.size(), System.nanoTime() - start, StageRate.processCpuNanos() - cpuStart);
            double compileMs = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compileStart;
            return new Indexed(summary, rate, PeakMemory.peakMegabytes(), compileMs);
        } finally {
            deleteRecursively(home);
        }
    }

    private record Indexed(IndexingSummary summary, StageRate rate, double peakRssMb, double jitCompileMs) {}

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
