package dev.fovea.indexer.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.fovea.indexer.pipeline.DecodeSize;
import dev.fovea.indexer.pipeline.FrameEmbedder;
import dev.fovea.indexer.pipeline.PhotoEncoder;
import dev.fovea.indexer.thread.IndexerThreads;
import dev.fovea.indexer.thumbnail.ThumbnailMaker;
import dev.fovea.indexer.video.SampledVideo;
import dev.fovea.indexer.video.SamplingPolicy;
import dev.fovea.indexer.video.VideoFrame;
import dev.fovea.indexer.video.VideoSampler;
import dev.fovea.search.FoveaException;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import dev.fovea.search.index.FrameVector;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Loader;

/**
 * Video indexing speed in seconds of video per second of wall time: Fovea's sampling alone (decode), embedding the
 * sampled frames alone (embed), sampling, thumbnails and embedding as a decode worker does them (index), and in the same run a baseline that runs the {@code ffmpeg} command once per
 * moment to sample (the same moments) and embeds every frame it gets. Each case runs one video per thread, as
 * the pipeline's decode workers do. The index case also says what it would reach with every core to itself: the
 * video seconds per CPU second the process spent, times the cores (the machine it runs on may be shared).
 */
public final class VideoBenchmark {
    /**
     * A generated test video: a test pattern whose colours turn round the hue circle every 16 s, so that every
     * 2-second sample is a new scene (the most frames to embed), with a keyframe every second as phones write.
     */
    public record Clip(String name, int width, int height, int seconds, List<String> codecArgs) {}

    public static final List<Clip> CLIPS = List.of(
            new Clip("1080p-h264", 1920, 1080, 60, List.of("-c:v", "libx264", "-preset", "ultrafast")),
            new Clip(
                    "4k-hevc",
                    3840,
                    2160,
                    12,
                    List.of("-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=none")));

    /** One measured case. */
    public record Result(
            String clip,
            String modelId,
            int threads,
            double videoSeconds,
            int framesKept,
            int baselineFrames,
            double decodeXRealtime,
            double embedXRealtime,
            double indexXRealtime,
            double indexCpuXRealtime,
            double baselineXRealtime,
            double indexVsBaseline,
            double peakRssMb) {}

    private static final OperatingSystemMXBean CPU =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final VideoSampler sampler = new VideoSampler(SamplingPolicy.DEFAULT);
    private final ThumbnailMaker thumbnails = new ThumbnailMaker();
    private final int threads;
    private final int batchSize;

    public VideoBenchmark(int threads, int batchSize) {
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /** Generates the clip once with the system's ffmpeg (it needs libx264 and libx265); later runs reuse it. */
    public static Path generate(Path work, Clip clip) throws IOException, InterruptedException {
        Path file = work.resolve(clip.name() + "-hue-" + clip.seconds() + "s.mkv");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Files.createDirectories(work);
        Path partial = work.resolve(file.getFileName() + ".part.mkv");
        List<String> command = new ArrayList<>(List.of(
                "ffmpeg",
                "-y",
                "-loglevel",
                "error",
                "-f",
                "lavfi",
                "-i",
                String.format(
                        Locale.ROOT,
                        "testsrc2=size=%dx%d:rate=30:duration=%d,hue=H=2*PI*t/16:s=2",
                        clip.width(),
                        clip.height(),
                        clip.seconds())));
        command.addAll(clip.codecArgs());
        command.addAll(List.of("-g", "30", "-pix_fmt", "yuv420p", partial.toString()));
        run(command, "Generating the benchmark video needs ffmpeg with libx264 and libx265 (apt-get install ffmpeg)");
        Files.move(partial, file);
        return file;
    }

    public Result run(Clip clip, Path video, PhotoEncoder encoder) throws Exception {
        int minShortSide = DecodeSize.videoShortSide(encoder.inputSize());
        FrameEmbedder embedder = new FrameEmbedder(encoder, batchSize);
        SampledVideo probe = sampler.sample(video, minShortSide, Long.MAX_VALUE);
        double duration = probe.durationSeconds();
        // Warm-up: the model's first calls and FFmpeg's first open are slower.
        embedder.embed(probe.frames().subList(0, Math.min(2, probe.frames().size())));

        PeakMemory.reset();
        double decode =
                best(() -> sampler.sample(video, minShortSide, Long.MAX_VALUE)).wall();
        double embed = best(() -> embedder.embed(probe.frames())).wall();
        Round index = best(() -> index(video, minShortSide, embedder));
        double peak = PeakMemory.peakMegabytes();
        double[] moments = SamplingPolicy.DEFAULT.moments(duration);
        double baseline = best(() -> embedder.embed(ffmpegPerMoment(video, moments, minShortSide)))
                .wall();
        int cores = Runtime.getRuntime().availableProcessors();
        return new Result(
                clip.name(),
                encoder.modelId(),
                threads,
                duration,
                probe.frames().size(),
                moments.length,
                threads * duration / decode,
                threads * duration / embed,
                threads * duration / index.wall(),
                cores * threads * duration / index.cpu(),
                threads * duration / baseline,
                baseline / index.wall(),
                peak);
    }

    /** What a decode worker does with a video: samples it, makes each frame's thumbnail (not written), embeds. */
    private List<FrameVector> index(Path video, int minShortSide, FrameEmbedder embedder) throws Exception {
        List<VideoFrame> frames =
                sampler.sample(video, minShortSide, Long.MAX_VALUE).frames();
        for (VideoFrame frame : frames) {
            thumbnails.make(frame.image());
        }
        return embedder.embed(frames);
    }

    private interface Work {
        Object run() throws Exception;
    }

    /**
     * One round: wall seconds, and the CPU seconds the process used meanwhile (what the round costs whoever else
     * runs on the machine).
     */
    private record Round(double wall, double cpu) {}

    /** The better of two rounds: the machine is shared, and a round can lose its cores to others. */
    private Round best(Work work) throws Exception {
        Round first = perThread(work);
        Round second = perThread(work);
        return first.wall() <= second.wall() ? first : second;
    }

    /** Each of {@code threads} threads does {@code work} once, together. */
    private Round perThread(Work work) throws Exception {
        ExecutorService pool = IndexerThreads.benchmarkPool("bench-video", threads);
        try {
            long cpu = CPU.getProcessCpuTime();
            long start = System.nanoTime();
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(work::run));
            }
            for (Future<Object> future : done) {
                future.get();
            }
            return new Round((System.nanoTime() - start) / 1e9, (CPU.getProcessCpuTime() - cpu) / 1e9);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** The baseline: one {@code ffmpeg} process per moment, seeking, decoding one frame, scaling it, as raw RGB. */
    private static List<VideoFrame> ffmpegPerMoment(Path video, double[] moments, int minShortSide)
            throws IOException, InterruptedException {
        String ffmpeg = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        List<VideoFrame> frames = new ArrayList<>();
        for (double moment : moments) {
            List<String> command = List.of(
                    ffmpeg,
                    "-loglevel",
                    "error",
                    "-ss",
                    String.format(Locale.ROOT, "%.3f", moment),
                    "-i",
                    video.toString(),
                    "-frames:v",
                    "1",
                    "-vf",
                    "scale=-2:" + minShortSide,
                    "-f",
                    "rawvideo",
                    "-pix_fmt",
                    "rgb24",
                    "-");
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] pixels;
            try (InputStream in = process.getInputStream()) {
                pixels = in.readAllBytes();
            }
            if (process.waitFor() != 0 || pixels.length == 0) {
                continue;
            }
            int height = minShortSide;
            int width = pixels.length / 3 / height;
            frames.add(new VideoFrame(moment, new PixelImage(width, height, PixelLayout.RGB, pixels)));
        }
        return frames;
    }

    private static void run(List<String> command, String hint) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new FoveaException(hint + ": " + e.getMessage(), e);
        }
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new FoveaException(hint + ": " + output.strip());
        }
    }
}
