package dev.fovea.search.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.testing.ThreadNice;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LowPriorityTest {
    @Test
    void lowersOnlyTheCallingThreadByTheLevelsAsked() throws Exception {
        assumeTrue(ThreadNice.available());
        int mine = ThreadNice.ofCurrentThread();
        CompletableFuture<int[]> nice = new CompletableFuture<>();
        SearchThreads.start("lower-test", Thread.NORM_PRIORITY, () -> {
            int start = ThreadNice.ofCurrentThread();
            LowPriority.lowerCurrentThreadBy(3);
            nice.complete(new int[] {start, ThreadNice.ofCurrentThread()});
        });

        int[] startAndLowered = nice.get(10, TimeUnit.SECONDS);

        assertThat(startAndLowered[1]).isEqualTo(Math.min(19, startAndLowered[0] + 3));
        assertThat(ThreadNice.ofCurrentThread()).isEqualTo(mine);
    }
}
