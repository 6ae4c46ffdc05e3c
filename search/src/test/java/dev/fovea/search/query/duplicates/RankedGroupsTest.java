package dev.fovea.search.query.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RankedGroupsTest {
    /** Bursts of near-identical vectors among unrelated ones, shuffled: many groups, some of several members. */
    private static float[][] ranking(int size, long seed) {
        Random random = new Random(seed);
        float[][] bases = new float[size / 3][];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = unit(random, null, 0);
        }
        float[][] ranked = new float[size][];
        for (int i = 0; i < size; i++) {
            ranked[i] = unit(random, bases[random.nextInt(bases.length)], 0.03f);
        }
        return ranked;
    }

    private static float[] unit(Random random, float[] around, float noise) {
        float[] vector = new float[32];
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] =
                    around == null ? (float) random.nextGaussian() : around[i] + noise * (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    /** The groups from the leaders of the whole ranking, compared pair by pair: what reading part of it must give. */
    private static List<Integer> membersFromAllLeaders(int[] leaderOf, int leader) {
        List<Integer> members = new ArrayList<>();
        for (int rank = leader + 1; rank < leaderOf.length; rank++) {
            if (leaderOf[rank] == leader) {
                members.add(rank);
            }
        }
        return members;
    }

    /** For each rank, the rank of its group's leader (itself when it leads), the whole ranking read. */
    private static int[] leaderOfEach(float[][] ranked, float threshold) {
        RankedGroups groups = new RankedGroups(ranked, threshold, () -> {});
        groups.leads(ranked.length - 1);
        int[] leaderOf = new int[ranked.length];
        for (int rank = 0; rank < ranked.length; rank++) {
            if (groups.leads(rank)) {
                leaderOf[rank] = rank;
                for (int member : groups.membersOf(rank)) {
                    leaderOf[member] = rank;
                }
            }
        }
        return leaderOf;
    }

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

    private static int[] leadersOfAll(float[][] ranked, float threshold) {
        int[] leaderOf = new int[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            leaderOf[i] = i;
            for (int j = 0; j < i; j++) {
                if (leaderOf[j] == j
                        && org.apache.lucene.util.VectorUtil.dotProduct(ranked[i], ranked[j]) >= threshold) {
                    leaderOf[i] = j;
                    break;
                }
            }
        }
        return leaderOf;
    }

    @Test
    void readingPartOfARankingGivesTheGroupsOfReadingAllOfIt() {
        for (long seed = 1; seed <= 5; seed++) {
            float[][] ranked = ranking(300, seed);
            int[] expected = leadersOfAll(ranked, 0.95f);
            assertThat(leaderOfEach(ranked, 0.95f)).containsExactly(expected);
            for (int read : new int[] {0, 7, 60, 299}) {
                RankedGroups groups = new RankedGroups(ranked, 0.95f, () -> {});
                List<Integer> leaders = new ArrayList<>();
                for (int rank = 0; rank <= read; rank++) {
                    assertThat(groups.leads(rank)).isEqualTo(expected[rank] == rank);
                    if (expected[rank] == rank) {
                        leaders.add(rank);
                    }
                }
                assertThat(leaders).isNotEmpty();
                for (int leader : leaders) {
                    assertThat(groups.membersOf(leader))
                            .containsExactlyElementsOf(membersFromAllLeaders(expected, leader));
                }
            }
        }
    }

    @Test
    void eachPhotoJoinsTheFirstLeaderItMatches() {
        float[][] ranked = {
            unit(1, 0, 0), unit(0, 1, 0), unit(1, 0.1f, 0), unit(0, 1, 0.1f), unit(0.7f, 0.7f, 0), unit(1, 0, 0),
        };
        assertThat(leaderOfEach(ranked, 0.95f)).containsExactly(0, 1, 0, 1, 4, 0);
    }

    @Test
    void nothingGroupsAtAThresholdAboveOne() {
        float[][] ranked = {unit(1, 0), unit(1, 0)};
        assertThat(leaderOfEach(ranked, 1.01f)).containsExactly(0, 1);
    }

    @Test
    void aRankThatDoesNotLeadHasNoMembersAndNothingIsReadAfterThem() {
        float[][] ranked = ranking(30, 9);
        RankedGroups groups = new RankedGroups(ranked, 0.95f, () -> {});
        groups.leads(10);
        int follower = java.util.stream.IntStream.rangeClosed(0, 10)
                .filter(rank -> !groups.leads(rank))
                .findFirst()
                .orElse(-1);
        groups.membersOf(0);
        if (follower >= 0) {
            assertThatThrownBy(() -> groups.membersOf(follower)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> groups.leads(11)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theCheckpointCanStopTheComparing() {
        AtomicInteger compared = new AtomicInteger();
        RankedGroups groups = new RankedGroups(ranking(100, 3), 0.95f, () -> {
            if (compared.incrementAndGet() > 20) {
                throw new CancellationException("replaced");
            }
        });
        assertThatThrownBy(() -> groups.leads(99)).isInstanceOf(CancellationException.class);
        assertThat(compared).hasValue(21);
    }
}
