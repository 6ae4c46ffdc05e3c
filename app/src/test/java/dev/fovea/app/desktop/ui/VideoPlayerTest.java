package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.app.desktop.fakes.FakeLibrary;
import dev.fovea.app.desktop.fakes.FakeLibraryData;
import dev.fovea.app.desktop.fakes.FakeModels;
import dev.fovea.app.desktop.fakes.FakePhoto;
import dev.fovea.indexer.testing.TestVideos;
import dev.fovea.indexer.testing.TestVideos.Segment;
import dev.fovea.search.query.Moments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The viewer plays a video itself, decoded by Fovea's FFmpeg: opened at the moment that matched it shows that
 * moment's frame, "play" moves on through the video and "pause" stops it. The clip is generated so that the
 * matched moment is green and two seconds later blue. Screenshot: video-player (1000x700).
 */
class VideoPlayerTest extends ShellTest {
    private double moment;

    @BeforeAll
    static void needsFfmpeg() {
        TestVideos.assumeFfmpeg();
    }

    @Override
    protected DesktopBackend backend(Path work) {
        List<FakePhoto> photos =
                new ArrayList<>(FakeLibraryData.generate(20, FakeBackend.PHOTOS, work.resolve("thumbnails")));
        FakePhoto made = photos.stream().filter(FakePhoto::isVideo).findFirst().orElseThrow();
        moment = made.hit(0, List.of(), List.of()).momentSeconds();
        Path clip = TestVideos.h264(
                createDirectories(work.resolve("videos")).resolve("party.mp4"),
                List.of(new Segment("red", moment - 1), new Segment("green", 2), new Segment("blue", 20)));
        photos.set(
                photos.indexOf(made),
                new FakePhoto(
                        made.id(),
                        clip,
                        made.contentHash(),
                        made.takenAt(),
                        made.camera(),
                        made.fileType(),
                        made.latitude(),
                        made.longitude(),
                        made.colourName(),
                        made.colour(),
                        made.burst()));
        FakeLibrary library =
                new FakeLibrary(photos, 0).alreadyIndexed(FakeBackend.PHOTOS).alreadyIndexed(clip.getParent());
        return FakeBackend.of(
                library,
                new FakeModels(0).withActive(new InstalledModel("mobileclip-s2", "MobileCLIP-S2", 397_000_000L, false)),
                work);
    }

    @Test
    void opensAtTheMatchedMomentAndPlaysAndPauses() throws Exception {
        interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        awaitMain();
        awaitSettledGrid();
        int video = onFx(() -> {
            List<PhotoHit> hits = grid().hits();
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).video()) {
                    return i;
                }
            }
            throw new AssertionError("no video among " + hits.size() + " results");
        });
        interact(() -> grid().scrollToItem(video));
        WaitForAsyncUtils.waitForFxEvents();
        doubleClickOn(onFx(() -> grid().tileNode(video)));

        await(() -> isFrame(picture()) && "green".equals(colour(picture())));
        Slider seekBar = lookup(".video-seek").queryAs(Slider.class);
        Label time = lookup(".video-time").queryAs(Label.class);
        assertThat(onFx(seekBar::getValue)).isBetween(moment - 0.15, moment + 0.15);
        await(() -> time.getText().startsWith(Moments.clock(moment) + " / 0:"));
        settle();
        assertThat(Files.size(onFx(() -> Screenshots.save(stage.getScene(), "video-player"))))
                .isGreaterThan(10_000);

        Button play = lookup(".video-controls .button").queryButton();
        clickOn(play);
        await(() -> seekBar.getValue() > moment + 2.2 && "blue".equals(colour(picture())));

        clickOn(play);
        await(() -> play.getAccessibleText().equals("Play"));
        WaitForAsyncUtils.waitForFxEvents();
        double paused = onFx(seekBar::getValue);
        Thread.sleep(700);
        assertThat(onFx(seekBar::getValue)).as("paused").isEqualTo(paused);
        assertThat(paused).isLessThan(moment + 21);

        type(KeyCode.ESCAPE);
        await(() -> lookup(".video-controls").tryQuery().isEmpty());
        await(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("fovea-video-player")));
    }

    private static Path createDirectories(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Image picture() {
        return lookup(".viewer-stage .image-view").queryAs(ImageView.class).getImage();
    }

    /** A frame the player decoded (the generated clip is 320 x 240), not the result's thumbnail. */
    private static boolean isFrame(Image image) {
        return image != null && image.getWidth() == 320 && image.getHeight() == 240;
    }

    private static String colour(Image image) {
        int argb = image.getPixelReader().getArgb((int) image.getWidth() / 2, (int) image.getHeight() / 2);
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        if (g > 90 && r < 100 && b < 100) {
            return "green";
        }
        if (b > 150 && r < 100 && g < 100) {
            return "blue";
        }
        return "rgb(" + r + "," + g + "," + b + ")";
    }

    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
