package dev.fovea.indexer.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.fovea.indexer.testing.TestVideos;
import dev.fovea.search.image.PixelImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VideoSamplerTest {
    private static final long NO_LIMIT = Long.MAX_VALUE;
    private final VideoSampler sampler = new VideoSampler(SamplingPolicy.DEFAULT);

    @TempDir
    Path dir;

    @BeforeAll
    static void needsFfmpeg() {
        TestVideos.assumeFfmpeg();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "mp4, libx264, h264",
        "mov, libx264, h264",
        "m4v, libx264, h264",
        "3gp, libx264, h264",
        "mkv, libx265, hevc",
        "mp4, libx265, hevc",
        "webm, libvpx-vp9, vp9",
        "mkv, libaom-av1, av1",
        "avi, mpeg4, mpeg4",
    })
    void findsOneFramePerColourSegmentAtItsTime(String container, String encoder, String codec) throws Exception {
        List<String> codecArgs = switch (encoder) {
            case "libx264" -> List.of("-c:v", "libx264", "-preset", "ultrafast");
            case "libx265" -> List.of("-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=none");
            case "libvpx-vp9" -> List.of("-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8");
            case "libaom-av1" -> List.of("-c:v", "libaom-av1", "-cpu-used", "8", "-usage", "realtime");
            default -> List.of("-c:v", encoder);
        };
        Path video = TestVideos.make(
                dir.resolve("rgb." + container), TestVideos.redGreenBlue(), 320, 240, codecArgs, List.of());

        SampledVideo sampled = sampler.sample(video, 64, NO_LIMIT);

        assertThat(sampled.codec()).isEqualTo(codec);
        assertThat(sampled.durationSeconds()).isBetween(11.5, 12.5);
        assertThat(sampled.width()).isEqualTo(320);
        assertThat(sampled.height()).isEqualTo(240);
        assertThat(sampled.frames())
                .extracting(frame -> dominant(frame.image()))
                .containsExactly("red", "green", "blue");
        List<VideoFrame> frames = sampled.frames();
        assertThat(frames.get(0).seconds()).isLessThan(4);
        assertThat(frames.get(1).seconds()).isBetween(4.0, 8.0);
        assertThat(frames.get(2).seconds()).isBetween(8.0, 12.0);
        assertThat(frames.get(0).image().height())
                .as("scaled down to the short side asked for")
                .isEqualTo(64);
    }

    @Test
    void rotationMetadataTurnsFramesUpright() throws Exception {
        Path source = dir.resolve("halves.mp4");
        TestVideos.ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "color=c=red:s=320x240:r=10:d=2",
                "-vf",
                "drawbox=x=0:y=0:w=160:h=240:c=blue:t=fill,format=yuv420p",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                source.toString());
        Path rotated = TestVideos.rotated(source, dir.resolve("rotated.mp4"), 90);

        SampledVideo sampled = sampler.sample(rotated, 120, NO_LIMIT);

        assertThat(sampled.width()).isEqualTo(240);
        assertThat(sampled.height()).isEqualTo(320);
        PixelImage frame = sampled.frames().getFirst().image();
        assertThat(frame.width()).isLessThan(frame.height());
        // As the ffmpeg command shows it (autorotate): rotation=90 turns it a quarter counter-clockwise, so the
        // blue left half of the landscape picture ends at the bottom.
        assertThat(colourAt(frame, frame.width() / 2, frame.height() / 4)).isEqualTo("red");
        assertThat(colourAt(frame, frame.width() / 2, 3 * frame.height() / 4)).isEqualTo("blue");
    }

    @Test
    void aVariableFrameRateVideoIsSampledAtItsTimes() {
        // As phones record: the frame rate changes within the file (30, then 5, then 60 per second), each frame
        // keeping its own time stamp (no frames duplicated or dropped to make the rate constant).
        Path video = dir.resolve("vfr.mp4");
        TestVideos.ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "color=c=red:s=320x240:r=30:d=4",
                "-f",
                "lavfi",
                "-i",
                "color=c=green:s=320x240:r=5:d=4",
                "-f",
                "lavfi",
                "-i",
                "color=c=blue:s=320x240:r=60:d=4",
                "-filter_complex",
                "[0:v][1:v][2:v]concat=n=3:v=1:a=0,format=yuv420p",
                "-fps_mode",
                "vfr",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-force_key_frames",
                "expr:gte(t,n_forced)",
                video.toString());

        SampledVideo sampled =
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> sampler.sample(video, 64, NO_LIMIT));

        assertThat(sampled.durationSeconds()).isBetween(11.5, 12.5);
        assertThat(sampled.frames())
                .extracting(frame -> dominant(frame.image()))
                .containsExactly("red", "green", "blue");
        assertThat(sampled.frames().get(1).seconds()).isBetween(4.0, 8.0);
        assertThat(sampled.frames().get(2).seconds()).isBetween(8.0, 12.0);
    }

    @Test
    void aCodecWithoutDecoderIsSkippedAsUnsupported() {
        Path exotic = TestVideos.withUnknownCodec(dir.resolve("exotic.avi"));

        assertThatThrownBy(() -> sampler.sample(exotic, 64, NO_LIMIT))
                .isInstanceOfSatisfying(UndecodableVideoException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VideoSampler.UNSUPPORTED);
                    assertThat(e.getMessage()).contains("exotic.avi", "No decoder", "QQQQ");
                });
    }

    @Test
    void aShortVideoStillGetsOneFrame() throws Exception {
        Path video = TestVideos.h264(dir.resolve("short.mp4"), List.of(new TestVideos.Segment("green", 0.5)));

        SampledVideo sampled = sampler.sample(video, 64, NO_LIMIT);

        assertThat(sampled.frames()).hasSize(1);
        assertThat(dominant(sampled.frames().getFirst().image())).isEqualTo("green");
    }

    @Test
    void oneSceneGivesOneFrameAndLongVideosAreCapped() throws Exception {
        Path still = TestVideos.h264(dir.resolve("still.mp4"), List.of(new TestVideos.Segment("blue", 20)));
        assertThat(sampler.sample(still, 64, NO_LIMIT).frames()).hasSize(1);

        SamplingPolicy capped = new SamplingPolicy(2.0, 4, 6.0);
        assertThat(capped.moments(3600)).containsExactly(0, 900, 1800, 2700);
        assertThat(SamplingPolicy.DEFAULT.moments(1.0)).containsExactly(0);
        assertThat(SamplingPolicy.DEFAULT.moments(10)).containsExactly(0, 2, 4, 6, 8);
    }

    @Test
    void aTenHourVideoCostsAtMostThePolicysSeeks() {
        Path video = dir.resolve("ten-hours.mp4");
        TestVideos.ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "color=c=blue:s=32x32:r=1:d=36000",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-g",
                "600",
                "-pix_fmt",
                "yuv420p",
                video.toString());

        // A hang guard, not a speed test: 32 seeks, never a decode of 36,000 frames.
        SampledVideo sampled =
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> sampler.sample(video, 16, NO_LIMIT));

        assertThat(sampled.durationSeconds()).isBetween(35_999.0, 36_001.0);
        assertThat(sampled.frames()).hasSize(1);
        assertThat(SamplingPolicy.DEFAULT.moments(sampled.durationSeconds())).hasSize(32);
    }

    @Test
    void aPastDeadlineKeepsWhatWasSampledAndSaysSo() throws Exception {
        Path video = TestVideos.h264(dir.resolve("rgb.mp4"), TestVideos.redGreenBlue());

        SampledVideo sampled = sampler.sample(video, 64, System.nanoTime());

        assertThat(sampled.partial()).isTrue();
        assertThat(sampled.frames()).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithAReason() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "not a video at all\n".repeat(100));
        assertThatThrownBy(() -> sampler.sample(text, 64, NO_LIMIT))
                .isInstanceOfSatisfying(
                        UndecodableVideoException.class,
                        e -> assertThat(e.reason()).isEqualTo(VideoSampler.UNKNOWN_FORMAT));

        Path audio = dir.resolve("voice.m4a.mp4");
        TestVideos.ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "aac", audio.toString());
        assertThatThrownBy(() -> sampler.sample(audio, 64, NO_LIMIT))
                .isInstanceOfSatisfying(
                        UndecodableVideoException.class,
                        e -> assertThat(e.reason()).isEqualTo(VideoSampler.NO_VIDEO));

        Path whole = TestVideos.h264(dir.resolve("whole.mp4"), TestVideos.redGreenBlue());
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.mp4"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> sampler.sample(truncated, 64, NO_LIMIT)).isInstanceOf(UndecodableVideoException.class);
    }

    static String dominant(PixelImage image) {
        return colourAt(image, image.width() / 2, image.height() / 2);
    }

    static String colourAt(PixelImage image, int x, int y) {
        int i = (y * image.width() + x) * 3;
        int r = image.pixels()[i] & 0xff;
        int g = image.pixels()[i + 1] & 0xff;
        int b = image.pixels()[i + 2] & 0xff;
        if (r > 150 && g < 100 && b < 100) {
            return "red";
        }
        if (g > 90 && r < 100 && b < 100) {
            return "green";
        }
        if (b > 150 && r < 100 && g < 100) {
            return "blue";
        }
        return "rgb(" + r + "," + g + "," + b + ")";
    }
}
