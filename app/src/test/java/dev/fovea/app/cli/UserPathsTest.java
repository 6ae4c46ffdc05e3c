package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.testing.TestData;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A path the user names that is not a regular file (a FIFO, a folder) is refused at once, never read. */
class UserPathsTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();

    @Test
    void embeddingAFifoOrAFolderFailsAtOnce() throws Exception {
        Path fifo = temp.resolve("pipe.jpg");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a FIFO");
        String model = TestData.fixtureModel().toString();
        for (Path notAFile : new Path[] {fifo, temp}) {
            int code = assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> cli.run(
                            "--home",
                            temp.resolve("home").toString(),
                            "--model-dir",
                            model,
                            "embed",
                            "--image",
                            notAFile.toString()));
            assertThat(code).isEqualTo(FoveaCli.FAILURE);
            assertThat(cli.err()).contains(notAFile.toString()).contains("not a regular file");
        }
    }
}
