package dev.fovea.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RelevanceCutoffTest {
    @Test
    void theCutFollowsEachQuerysOwnDistribution() {
        Random random = new Random(5);
        float[] generic = new float[1000];
        float[] specific = new float[1000];
        for (int i = 0; i < 1000; i++) {
            generic[i] = (float) (0.25 + 0.03 * random.nextGaussian());
            specific[i] = (float) (0.15 + 0.02 * random.nextGaussian());
        }
        float genericCut = RelevanceCutoff.place(generic);
        float specificCut = RelevanceCutoff.place(specific);
        assertThat(genericCut).isBetween(0.25f + 2.5f * 0.03f, 0.25f + 3.5f * 0.03f);
        assertThat(specificCut).isBetween(0.15f + 2.5f * 0.02f, 0.15f + 3.5f * 0.02f);
    }

    @Test
    void aFewRelevantPhotosInTheSampleBarelyMoveTheCut() {
        Random random = new Random(6);
        float[] scores = new float[1000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i < 30 ? 0.9f : (float) (0.2 + 0.03 * random.nextGaussian());
        }
        assertThat(RelevanceCutoff.place(scores)).isBetween(0.2f + 2.5f * 0.03f, 0.2f + 3.7f * 0.03f);
    }

    @Test
    void nearDuplicatesOfTheQueryAreAlwaysAboveTheCut() {
        float[] typical = new float[100];
        java.util.Arrays.fill(typical, 0.99f);
        assertThat(RelevanceCutoff.place(typical))
                .isLessThanOrEqualTo(dev.fovea.search.query.duplicates.NearDuplicates.DEFAULT_THRESHOLD);
    }

    @Test
    void tooSmallASampleCutsNothing() {
        assertThat(RelevanceCutoff.place(new float[] {0.1f, 0.9f, 0.3f})).isEqualTo(Float.NEGATIVE_INFINITY);
    }

    @Test
    void identicalScoresStillLeaveAMargin() {
        float[] flat = new float[100];
        java.util.Arrays.fill(flat, 0.3f);
        assertThat(RelevanceCutoff.place(flat)).isGreaterThan(0.3f);
    }
}
