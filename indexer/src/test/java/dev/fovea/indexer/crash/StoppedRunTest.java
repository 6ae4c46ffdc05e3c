package dev.fovea.indexer.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.testing.ChildProcesses;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indexing process stopped mid-run (Ctrl-Z, SIGSTOP) and resumed long after the per-file limit: the photos
 * it was decoding are not blamed for the stop. Before, each was skipped as "timeout" on resuming.
 */
class StoppedRunTest {
    private static final long DECODE_PAUSE_MILLIS = 300;
    private static final long PER_FILE_LIMIT_MILLIS = 4_000;
    private static final long STOPPED_MILLIS = 10_000;

    @TempDir
    Path temp;

    @Test
    void aRunStoppedLongerThanThePerFileLimitSkipsNothingAsTimeout() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill to stop and continue a process");
        Path photos = temp.resolve("photos");
        for (int i = 0; i < 24; i++) {
            TestPhotos.jpeg(photos.resolve("p" + i + ".jpg"), 320, 240, i);
        }
        Path home = temp.resolve("home");
        Path log = temp.resolve("encodings.log");
        Path output = temp.resolve("child.out");
        Process child = IndexingChild.start(home, photos, log, output, 0, DECODE_PAUSE_MILLIS, PER_FILE_LIMIT_MILLIS);

        boolean exitedEarly = ChildProcesses.awaitOrDeath(
                child, () -> Files.exists(log) && !Files.readAllLines(log).isEmpty());
        assertThat(exitedEarly)
                .as("the child is still decoding when stopped%s", ChildProcesses.outputOf(output))
                .isFalse();
        signal("-STOP", child);
        Thread.sleep(STOPPED_MILLIS);
        signal("-CONT", child);

        assertThat(child.waitFor(120, TimeUnit.SECONDS))
                .as("the resumed run finishes%s", ChildProcesses.outputOf(output))
                .isTrue();
        assertThat(child.exitValue())
                .as("the resumed run's exit code%s", ChildProcesses.outputOf(output))
                .isZero();
        try (Library library = Library.open(home, new FileVectorStores())) {
            assertThat(library.status().skipped())
                    .as("photos skipped after the stop%s", ChildProcesses.outputOf(output))
                    .isEmpty();
            assertThat(library.status().indexed()).isEqualTo(24);
        }
    }

    private static void signal(String signal, Process child) throws Exception {
        Process kill = new ProcessBuilder("/bin/kill", signal, Long.toString(child.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0)
                .as("kill %s %d", signal, child.pid())
                .isTrue();
    }
}
