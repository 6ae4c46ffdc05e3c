package dev.fovea.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RunningTimeTest {
    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void followsTheClockWhileTheWatchdogTicksAndCountsAStopAsOneLongestTick() {
        AtomicLong clock = new AtomicLong(5_000 * MILLI);
        RunningTime time = new RunningTime(clock::get);
        for (int tick = 0; tick < 8; tick++) {
            clock.addAndGet(250 * MILLI);
            time.tick();
        }
        assertThat(time.nanos()).isEqualTo(2_000 * MILLI);

        clock.addAndGet(60_000 * MILLI);
        assertThat(time.nanos())
                .as("read by a worker before the watchdog's first tick after the stop")
                .isEqualTo(2_000 * MILLI + RunningTime.LONGEST_TICK);
        assertThat(time.tick()).isEqualTo(2_000 * MILLI + RunningTime.LONGEST_TICK);

        clock.addAndGet(100 * MILLI);
        assertThat(time.nanos()).isEqualTo(2_100 * MILLI + RunningTime.LONGEST_TICK);
    }
}
