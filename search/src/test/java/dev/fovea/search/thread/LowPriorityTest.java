package dev.fovea.search.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LowPriorityTest {
    @Test
    void lowersOnlyTheCallingThreadByTheLevelsAsked() throws Exception {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"));
        int mine = niceOfThisThread();
        CompletableFuture<int[]> before = new CompletableFuture<>();
        SearchThreads.start("lower-test", Thread.NORM_PRIORITY, () -> {
            int start = niceOfThisThread();
            LowPriority.lowerCurrentThreadBy(3);
            before.complete(new int[] {start, niceOfThisThread()});
        });

        int[] nice = before.get(10, TimeUnit.SECONDS);

        assertThat(nice[1]).isEqualTo(Math.min(19, nice[0] + 3));
        assertThat(niceOfThisThread()).isEqualTo(mine);
    }

    /** Field 19 of the thread's stat line; the fields after the command name start at field 3. */
    private static int niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[19 - 3]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
