package dev.fovea.indexer.thumbnail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BoxDivisorTest {
    /** Thumbnails' bytes must not change: every sum a box can reach divides as integer division does. */
    @Test
    void givesTheIntegerQuotientOfEverySumABoxCanReach() {
        int[] areas = {1, 2, 3, 4, 5, 7, 9, 16, 25, 49, 100, 121, 255, 256, 1024, 4095, 65_025, 65_535, 65_536, 250_000
        };
        for (int area : areas) {
            BoxDivisor divisor = new BoxDivisor(area);
            for (int sum = 0; sum <= 256 * area; sum++) {
                if (divisor.divide(sum) != sum / area) {
                    assertEquals(sum / area, divisor.divide(sum), sum + " / " + area);
                }
            }
        }
    }

    @Test
    void refusesAnEmptyBox() {
        assertThrows(IllegalArgumentException.class, () -> new BoxDivisor(0));
    }
}
