package dev.fovea.app.cli.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.fovea.app.cli.FoveaCli;
import dev.fovea.app.cli.FoveaSubcommand;
import dev.fovea.app.cli.UsageException;
import dev.fovea.app.json.Json;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.bench.VideoBenchmark;
import dev.fovea.indexer.embed.ModelEncoder;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.model.ModelDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "video",
        mixinStandardHelpOptions = true,
        description = {
            "Video indexing speed in seconds of video per second of wall time (x real time).",
            "Generates a 1080p H.264 and a 4K HEVC test video once (kept in the work folder), then per video:",
            "Fovea's keyframe sampling alone, sampling plus embedding, and a baseline in the same run that runs the",
            "ffmpeg command once per sampled moment and embeds every frame it returns."
        })
final class BenchVideoCommand extends FoveaSubcommand {
    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Videos processed at once, one per thread (default: one per core, as indexing does).")
    Integer threads;

    @Option(
            names = "--batch",
            paramLabel = "N",
            defaultValue = "1",
            description = "Frames per encoder call (default: ${DEFAULT-VALUE}, as indexing embeds them).")
    int batch;

    @Option(
            names = "--clips",
            split = ",",
            paramLabel = "NAME",
            description = "Which videos: 1080p-h264, 4k-hevc (default: both).")
    List<String> clips = List.of("1080p-h264", "4k-hevc");

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description = "Where the videos are generated and kept (default: a folder in the temp dir).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (cores < 1 || batch < 1) {
            throw new UsageException("--threads and --batch must be at least 1");
        }
        List<VideoBenchmark.Clip> chosen = VideoBenchmark.CLIPS.stream()
                .filter(clip -> clips.contains(clip.name()))
                .toList();
        if (chosen.size() != clips.size()) {
            throw new UsageException("--clips takes 1080p-h264 and/or 4k-hevc; got " + clips);
        }
        Path work = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "fovea-bench-video");
        PrintWriter err = err();
        ModelDirectory directory = ModelResolver.resolve(modelDir(), home());
        VideoBenchmark benchmark = new VideoBenchmark(cores, batch);
        try (EmbeddingModel model = EmbeddingModel.open(directory)) {
            ModelEncoder encoder = new ModelEncoder(model);
            for (VideoBenchmark.Clip clip : chosen) {
                err.println("fovea: preparing " + clip.name() + " (" + clip.seconds() + " s, once) in " + work + "...");
                err.flush();
                Path video = VideoBenchmark.generate(work, clip);
                err.println("fovea: measuring " + clip.name() + " with " + model.id() + "...");
                err.flush();
                VideoBenchmark.Result result = benchmark.run(clip, video, encoder);
                out().println(json ? Json.line(new Case("video-" + clip.name(), result)) : text(result));
                out().flush();
            }
        }
        return FoveaCli.OK;
    }

    /** One JSON line: the case name, then the result's fields. */
    record Case(String caseName, @JsonUnwrapped VideoBenchmark.Result result) {
        @Override
        @JsonProperty("case")
        public String caseName() {
            return caseName;
        }
    }

    private static String text(VideoBenchmark.Result r) {
        return String.format(
                Locale.ROOT,
                "%s with %s, %d at once: index %.1fx real time (%.1fx by its CPU time; %d frames kept of %.0f s),"
                        + " sampling alone %.1fx,"
                        + " embedding alone %.1fx;"
                        + " ffmpeg per frame baseline %.1fx (%d frames): %.1fx faster; peak RSS %.0f MB",
                r.clip(),
                r.modelId(),
                r.threads(),
                r.indexXRealtime(),
                r.indexCpuXRealtime(),
                r.framesKept(),
                r.videoSeconds(),
                r.decodeXRealtime(),
                r.embedXRealtime(),
                r.baselineXRealtime(),
                r.baselineFrames(),
                r.indexVsBaseline(),
                r.peakRssMb());
    }
}
