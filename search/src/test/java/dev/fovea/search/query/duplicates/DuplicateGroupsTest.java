package dev.fovea.search.query.duplicates;

import static dev.fovea.testing.TestPhotos.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import dev.fovea.search.index.VectorIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateGroupsTest {
    @TempDir
    Path dir;

    @Test
    void aBurstChainsIntoOneGroupAndCopiesPair() {
        Random random = new Random(9);
        try (VectorIndex index = VectorIndex.open(dir, 64)) {
            float[] scene = gaussian(random);
            float[] frame = scene.clone();
            for (long id = 1; id <= 5; id++) {
                // Each frame drifts a little from the one before: neighbours match, the ends may not.
                frame = drift(frame, random, 0.2f);
                index.upsert(photo(id, frame).build());
            }
            float[] original = gaussian(random);
            index.upsert(photo(10, original).build());
            index.upsert(photo(11, original.clone()).build());
            for (long id = 100; id < 200; id++) {
                index.upsert(photo(id, gaussian(random)).build());
            }
            index.commit();
            List<List<Long>> groups = DuplicateGroups.find(index, 0.95f, () -> false);
            assertThat(groups).containsExactly(List.of(1L, 2L, 3L, 4L, 5L), List.of(10L, 11L));
            assertThatThrownBy(() -> DuplicateGroups.find(index, 0.95f, () -> true))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("cancelled");
        }
    }

    private static float[] gaussian(Random random) {
        float[] vector = new float[64];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return vector;
    }

    private static float[] drift(float[] from, Random random, float amount) {
        float[] next = from.clone();
        for (int i = 0; i < next.length; i++) {
            next[i] += amount * (float) random.nextGaussian();
        }
        return next;
    }
}
