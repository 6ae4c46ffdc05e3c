package dev.fovea.indexer.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.indexer.testing.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoPlaybackTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsFfmpeg() {
        TestVideos.assumeFfmpeg();
    }

    @Test
    void playsEveryFrameInOrderFromTheMomentAskedFor() throws Exception {
        Path video = TestVideos.h264(dir.resolve("rgb.mp4"), TestVideos.redGreenBlue());

        try (VideoPlayback playback = VideoPlayback.open(video, 160, 160)) {
            assertThat(playback.durationSeconds()).isBetween(11.5, 12.5);
            playback.seek(6.0);
            List<VideoFrame> frames = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                frames.add(playback.next());
            }

            assertThat(frames.getFirst().seconds()).isBetween(5.9, 6.15);
            assertThat(frames)
                    .extracting(frame -> VideoSamplerTest.dominant(frame.image()))
                    .containsOnly("green");
            for (int i = 1; i < frames.size(); i++) {
                assertThat(frames.get(i).seconds() - frames.get(i - 1).seconds())
                        .as("every frame of the 10 fps video, not only keyframes")
                        .isBetween(0.05, 0.15);
            }
            assertThat(frames.getFirst().image().width()).isEqualTo(160);
            assertThat(frames.getFirst().image().height()).isEqualTo(120);

            playback.seek(9.5);
            assertThat(VideoSamplerTest.dominant(playback.next().image())).isEqualTo("blue");
            playback.seek(0.5);
            assertThat(VideoSamplerTest.dominant(playback.next().image())).isEqualTo("red");
        }
    }

    @Test
    void endsWithNoFrameAfterTheLast() throws Exception {
        Path video = TestVideos.h264(dir.resolve("short.mp4"), List.of(new TestVideos.Segment("blue", 1)));

        try (VideoPlayback playback = VideoPlayback.open(video, 64, 64)) {
            int frames = 0;
            while (playback.next() != null) {
                frames++;
            }
            assertThat(frames).isBetween(9, 11);
            assertThat(playback.next()).isNull();
        }
    }

    @Test
    void aFileThatIsNoVideoIsRefusedWithItsReason() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.mp4"), "shopping list: eggs, milk");

        assertThatThrownBy(() -> VideoPlayback.open(notes, 64, 64))
                .isInstanceOf(UndecodableVideoException.class)
                .satisfies(e ->
                        assertThat(((UndecodableVideoException) e).reason()).isEqualTo(VideoSampler.UNKNOWN_FORMAT));
    }
}
