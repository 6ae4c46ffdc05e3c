package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

class BoxAverageTest {
    @Test
    void takesTheLargestFactorThatDividesBothSidesAndKeepsTheShortSide() {
        assertThat(BoxAverage.factor(4000, 3000, 512)).isEqualTo(5); // 800 x 600
        assertThat(BoxAverage.factor(4032, 3024, 1024)).isEqualTo(2); // 2016 x 1512
        assertThat(BoxAverage.factor(4128, 2322, 512)).isEqualTo(3); // 4 does not divide 2322
        assertThat(BoxAverage.factor(2659, 1773, 256)).isEqualTo(1); // no common divisor
        assertThat(BoxAverage.factor(300, 200, 512)).isEqualTo(1); // smaller than asked
    }

    @Test
    void averagesEachBlockRoundingHalfUp() {
        int width = 4;
        int height = 2;
        byte[] rgb = new byte[width * height * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) (i * 7);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment samples = arena.allocate(rgb.length);
            MemorySegment.copy(rgb, 0, samples, ValueLayout.JAVA_BYTE, 0, rgb.length);
            byte[] reduced = BoxAverage.reduce(samples, width, height, 3, 2);
            assertThat(reduced).hasSize(2 * 1 * 3);
            for (int x = 0; x < 2; x++) {
                for (int channel = 0; channel < 3; channel++) {
                    int sum = 0;
                    for (int dy = 0; dy < 2; dy++) {
                        for (int dx = 0; dx < 2; dx++) {
                            sum += rgb[((dy * width) + x * 2 + dx) * 3 + channel] & 0xff;
                        }
                    }
                    assertThat(reduced[x * 3 + channel] & 0xff)
                            .as("pixel %d channel %d", x, channel)
                            .isEqualTo((sum + 2) / 4);
                }
            }
        }
    }
}
