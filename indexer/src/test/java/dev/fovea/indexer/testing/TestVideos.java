package dev.fovea.indexer.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Videos made for tests by the system's {@code ffmpeg} (Debian's, installed by {@code .ci/run}): plain colour
 * segments at known times, so a test knows what each moment shows. Tests skip when ffmpeg is absent.
 */
public final class TestVideos {
    /** Colour, then seconds, per segment. */
    public record Segment(String colour, double seconds) {}

    private TestVideos() {}

    public static void assumeFfmpeg() {
        boolean present;
        try {
            present = new ProcessBuilder("ffmpeg", "-version")
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        assumeTrue(present, "ffmpeg is not installed (apt-get install ffmpeg, as .ci/run does): video tests skipped");
    }

    /** Red 0-4 s, green 4-8 s, blue 8-12 s. */
    public static List<Segment> redGreenBlue() {
        return List.of(new Segment("red", 4), new Segment("green", 4), new Segment("blue", 4));
    }

    /**
     * Writes the segments one after another with a keyframe every second.
     *
     * @param codecArgs the encoder and its options, e.g. {@code -c:v libx264}
     * @param extraArgs output options such as {@code -metadata creation_time=...}
     */
    public static Path make(
            Path target,
            List<Segment> segments,
            int width,
            int height,
            List<String> codecArgs,
            List<String> extraArgs) {
        List<String> command = new ArrayList<>();
        StringBuilder filter = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            command.addAll(List.of(
                    "-f",
                    "lavfi",
                    "-i",
                    "color=c=" + segment.colour() + ":s=" + width + "x" + height + ":r=10:d=" + segment.seconds()));
            filter.append('[').append(i).append(":v]");
        }
        filter.append("concat=n=").append(segments.size()).append(":v=1:a=0,format=yuv420p");
        command.addAll(List.of("-filter_complex", filter.toString()));
        command.addAll(codecArgs);
        command.addAll(List.of("-g", "10"));
        command.addAll(extraArgs);
        command.add(target.toString());
        ffmpeg(command.toArray(String[]::new));
        return target;
    }

    public static Path h264(Path target, List<Segment> segments, String... extraArgs) {
        return make(target, segments, 320, 240, List.of("-c:v", "libx264", "-preset", "ultrafast"), List.of(extraArgs));
    }

    /** A copy of {@code source} whose metadata records a display rotation of {@code degrees} (ffmpeg's {@code rotate} tag). */
    public static Path rotated(Path source, Path target, int degrees) {
        ffmpeg("-i", source.toString(), "-c", "copy", "-metadata:s:v:0", "rotate=" + degrees, target.toString());
        return target;
    }

    /**
     * An AVI whose video stream is labelled with a four-character code no decoder knows ("QQQQ"), as one from an
     * exotic camera codec would be: an H.264 AVI with its "avc1" codes replaced in the header.
     */
    public static Path withUnknownCodec(Path target) {
        Path source =
                h264(target.resolveSibling(target.getFileName() + ".source.mp4"), List.of(new Segment("green", 2)));
        Path avi = target.resolveSibling("h264-" + target.getFileName() + ".avi");
        ffmpeg("-i", source.toString(), "-c:v", "copy", avi.toString());
        try {
            byte[] bytes = Files.readAllBytes(avi);
            String header = new String(bytes, 0, Math.min(4096, bytes.length), StandardCharsets.ISO_8859_1);
            if (!header.contains("avc1")) {
                throw new IllegalStateException("ffmpeg wrote no avc1 code in the AVI header of " + avi);
            }
            byte[] relabelled = header.replace("avc1", "QQQQ").getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(relabelled, 0, bytes, 0, relabelled.length);
            Files.write(target, bytes);
            Files.delete(source);
            Files.delete(avi);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs ffmpeg quietly, overwriting its output, with the given arguments. */
    public static void ffmpeg(String... arguments) {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-y", "-loglevel", "error"));
        command.addAll(List.of(arguments));
        run(command);
    }

    public static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run ffmpeg", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running ffmpeg", e);
        }
    }
}
