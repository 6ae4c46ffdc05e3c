package dev.fovea.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankFusionTest {
    @Test
    void aDocumentInBothRankingsBeatsOneFirstInOnlyOne() {
        Map<Integer, Double> fused = RankFusion.fuse(List.of(new int[] {10, 20, 30}, new int[] {40, 20}));
        assertThat(fused.get(20)).isCloseTo(1.0 / 62 + 1.0 / 62, within(1e-12));
        assertThat(fused.get(20)).isGreaterThan(fused.get(10)).isGreaterThan(fused.get(30));
        assertThat(fused.get(10)).isEqualTo(fused.get(40));
    }
}
