package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.testing.ColourPhotos;
import dev.fovea.app.json.Json;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one home: {@code fovea index --watch} in a JVM of its own holds the writer's place, while this
 * one reads (status, search, albums) and is refused as a second writer with a clear message and no change.
 */
class TwoProcessesTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();
    private Process writer;

    @AfterEach
    void stopWriter() throws InterruptedException {
        if (writer != null) {
            writer.destroy();
            if (!writer.waitFor(20, TimeUnit.SECONDS)) {
                writer.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void aReaderWorksAndASecondWriterIsRefusedWhileAnotherProcessIndexes() throws Exception {
        Path home = temp.resolve("home");
        Path photos = temp.resolve("photos");
        Path more = temp.resolve("more");
        ColourPhotos.write(photos, 2);
        ColourPhotos.write(more, 1);
        String model = TestData.fixtureModel().toString();
        writer = watchingIndexer(home, model, photos);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long indexed = 0;
        while (indexed < 12 && System.nanoTime() < deadline) {
            assertThat(writer.isAlive()).as(log()).isTrue();
            Thread.sleep(300);
            if (Files.exists(home.resolve("catalog.db"))
                    && cli.run("--home", home.toString(), "status", "--json") == FoveaCli.OK) {
                indexed = Json.mapper().readTree(cli.out()).path("indexed").asLong();
            }
        }
        assertThat(indexed).as("the other process indexed the photos; " + log()).isEqualTo(12);

        // A reader sees the writer's last commit of the index, which follows the catalog by a moment.
        boolean found = false;
        while (!found && System.nanoTime() < deadline) {
            assertThat(cli.run("--home", home.toString(), "--model-dir", model, "search", "--json", "red"))
                    .as(cli.err())
                    .isZero();
            found = !Json.mapper().readTree(cli.out()).isEmpty();
            Thread.sleep(found ? 0 : 300);
        }
        assertThat(found)
                .as("the reader found the photos the other process indexed")
                .isTrue();

        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "index", more.toString()))
                .isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("Another Fovea is indexing the library").contains("Wait for it to finish");
        assertThat(cli.run("--home", home.toString(), "status", "--json")).isZero();
        assertThat(Json.mapper().readTree(cli.out()).path("roots").toString())
                .as("the refused command added no folder")
                .doesNotContain(more.toString());
        assertThat(writer.isAlive()).as(log()).isTrue();
    }

    /** {@code fovea index --watch}: it keeps the writer's place until it is stopped. */
    private Process watchingIndexer(Path home, String model, Path photos) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-modules=jdk.incubator.vector");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.fovea.app.Main");
        command.add("--home");
        command.add(home.toString());
        command.add("--model-dir");
        command.add(model);
        command.add("index");
        command.add("--watch");
        command.add(photos.toString());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("writer.log").toFile())
                .start();
    }

    private String log() {
        try {
            return "writer: " + Files.readString(temp.resolve("writer.log"));
        } catch (IOException e) {
            return "no writer log";
        }
    }
}
