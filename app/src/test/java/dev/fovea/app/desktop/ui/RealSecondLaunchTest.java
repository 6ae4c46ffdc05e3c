package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.testing.ColourPhotos;
import dev.fovea.app.instance.AppInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Open with Fovea" while Fovea is open: a second {@code fovea IMAGE} process on the same home hands its image
 * to the open window, which shows the photos similar to it, and exits at once instead of opening a second,
 * empty window.
 */
class RealSecondLaunchTest extends RealLibraryTest {
    private AppInstance instance;

    @AfterEach
    void release() {
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    void aSecondLaunchWithAnImageShowsItsSimilarPhotosInTheFirstWindow() throws Exception {
        awaitMain();
        awaitSettledGrid();
        // As FoveaApplication does for the window it opened through DesktopLauncher.
        instance = AppInstance.claim(home().root()).orElseThrow();
        instance.onRequest(request -> Platform.runLater(() -> shell.take(request)));

        Path picture = ColourPhotos.picture(work.resolve("opened/blue.png"), "blue");
        Process second = secondLaunch(picture);
        assertThat(second.waitFor(60, TimeUnit.SECONDS))
                .as("the second launch exits once it has handed over")
                .isTrue();
        assertThat(second.exitValue())
                .as(Files.readString(work.resolve("second.log")))
                .isZero();

        await(() -> lookup(".chip-similar").tryQuery().isPresent()
                && !grid().hits().isEmpty()
                && grid().hits().getFirst().hasScore());
        List<PhotoHit> hits = onFx(() -> grid().hits());
        assertThat(colour(hits.getFirst())).isEqualTo("blue");
        assertThat(onFx(() -> stage.isShowing())).isTrue();
    }

    /** {@code fovea --home HOME IMAGE} in a JVM of its own, as the desktop's "Open with" runs it. */
    private Process secondLaunch(Path picture) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-modules=jdk.incubator.vector");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.fovea.app.Main");
        command.add("--home");
        command.add(home().root().toString());
        command.add(picture.toString());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("second.log").toFile())
                .start();
    }
}
