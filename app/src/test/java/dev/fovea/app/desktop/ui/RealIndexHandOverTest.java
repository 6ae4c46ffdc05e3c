package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.LibraryFolder;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.testing.ColourPhotos;
import dev.fovea.app.instance.AppInstance;
import dev.fovea.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code fovea index} while the app is open and idle on the same home: the app is the home's writer, so the command,
 * run in a JVM of its own as a user runs it, hands its folder to the app instead of failing with "another Fovea is
 * indexing", and the app adds the folder and indexes it.
 */
class RealIndexHandOverTest extends RealLibraryTest {
    private AppInstance instance;

    @AfterEach
    void release() {
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    void foveaIndexHandsItsFolderToTheIdleApp() throws Exception {
        awaitMain();
        awaitIndexed();
        awaitSettledGrid();
        int before = onFx(() -> grid().hits().size());
        // As FoveaApplication does for the window it opened through DesktopLauncher.
        instance = AppInstance.claim(home().root()).orElseThrow();
        instance.onRequest(request -> Platform.runLater(() -> shell.take(request)));

        Path more = work.resolve("more photos");
        List<ColourPhotos.Photo> added = ColourPhotos.write(more, 1);
        Process index = index(more);
        assertThat(index.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(work.resolve("index.log"));
        assertThat(index.exitValue()).as(log).isZero();
        assertThat(log).contains("is adding and indexing").doesNotContain("Another Fovea is indexing");

        await(() -> shell.context().backend().library().folders().stream()
                .map(LibraryFolder::path)
                .anyMatch(more::equals));
        await(() -> {
            if (grid().hits().size() < before + added.size()
                    && !shell.main().search().session().busyProperty().get()) {
                shell.main().search().session().askNow();
            }
            return grid().hits().size() == before + added.size();
        });
        List<Path> shown = onFx(() -> grid().hits().stream().map(PhotoHit::path).toList());
        assertThat(shown)
                .containsAll(added.stream().map(ColourPhotos.Photo::path).toList());
    }

    /** {@code fovea --home HOME --model-dir FIXTURE index FOLDER} in a JVM of its own. */
    private Process index(Path folder) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-modules=jdk.incubator.vector");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.fovea.app.Main");
        command.add("--home");
        command.add(home().root().toString());
        command.add("--model-dir");
        command.add(TestData.fixtureModel().toString());
        command.add("index");
        command.add(folder.toString());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("index.log").toFile())
                .start();
    }
}
