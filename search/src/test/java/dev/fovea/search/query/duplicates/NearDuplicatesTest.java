package dev.fovea.search.query.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static float[] unit(float... values) {
        double norm = 0;
        for (float value : values) {
            norm += value * value;
        }
        float[] unit = values.clone();
        for (int i = 0; i < unit.length; i++) {
            unit[i] /= (float) Math.sqrt(norm);
        }
        return unit;
    }

    @Test
    void eachPhotoJoinsTheFirstLeaderItMatches() {
        float[][] ranked = {
            unit(1, 0, 0), unit(0, 1, 0), unit(1, 0.1f, 0), unit(0, 1, 0.1f), unit(0.7f, 0.7f, 0), unit(1, 0, 0),
        };
        assertThat(NearDuplicates.leaders(ranked, 0.95f)).containsExactly(0, 1, 0, 1, 4, 0);
    }

    @Test
    void nothingGroupsAtAThresholdAboveOne() {
        float[][] ranked = {unit(1, 0), unit(1, 0)};
        assertThat(NearDuplicates.leaders(ranked, 1.01f)).containsExactly(0, 1);
    }
}
