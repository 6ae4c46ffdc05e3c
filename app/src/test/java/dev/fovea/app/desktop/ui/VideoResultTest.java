package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.testing.TestVideos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A video among the photos: searching "blue" shows it with its play badge and the moment, screenshot included. */
class VideoResultTest extends RealLibraryTest {
    @TempDir
    static Path clips;

    /** Made before the app starts: its start and first indexing are what the test waits for. */
    @BeforeAll
    static void clip() {
        TestVideos.assumeFfmpeg();
        TestVideos.h264(clips.resolve("rgb.mp4"), TestVideos.redGreenBlue());
    }

    @Override
    protected void prepare(FoveaHome home) throws IOException {
        super.prepare(home);
        Files.copy(
                clips.resolve("rgb.mp4"),
                Files.createDirectories(photos().resolve("clips")).resolve("rgb.mp4"));
    }

    @Test
    void aVideoResultShowsItsMoment() throws Exception {
        awaitMain();
        // Longer than the shell's 20 s: sampling and embedding a video follows the photos on a busy machine.
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> shell.context() != null
                                && shell.context().indexing().property().get().state() == IndexingStatus.State.FINISHED)
                        .get());
        clickOn(".search-field").write("blue");
        awaitResultsFor("blue");
        await(() -> grid().hits().stream().anyMatch(PhotoHit::video));
        PhotoHit video = onFx(
                () -> grid().hits().stream().filter(PhotoHit::video).findFirst().orElseThrow());
        assertThat(video.momentSeconds()).isBetween(8.0, 12.0);
        int index = onFx(() -> grid().hits().indexOf(video));
        Node tile = onFx(() -> grid().tileNode(index));
        Label badge = onFx(() -> (Label) tile.lookup(".photo-tile-video"));
        assertThat(onFx(badge::isVisible)).isTrue();
        assertThat(onFx(badge::getText)).matches("0:(0[89]|1[01])");
        moveTo(tile);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> Screenshots.save(stage.getScene(), "video-result")))
                .satisfies(path -> assertThat(Files.size(path)).isGreaterThan(10_000));
    }
}
