package dev.fovea.search.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.testing.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole path (tokenizer, preprocessing, both towers) on the committed colour fixture model. */
class FixtureModelTest {
    private static PixelImage solid(int r, int g, int b) {
        byte[] pixels = new byte[100 * 80 * 3];
        for (int i = 0; i < pixels.length; i += 3) {
            pixels[i] = (byte) r;
            pixels[i + 1] = (byte) g;
            pixels[i + 2] = (byte) b;
        }
        return new PixelImage(100, 80, PixelLayout.RGB, pixels);
    }

    private static int nearest(float[] query, float[][] candidates) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.length; i++) {
            double score = 0;
            for (int d = 0; d < query.length; d++) {
                score += query[d] * candidates[i][d];
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    @Test
    void colourWordsFindTheirColour() {
        try (EmbeddingModel model = EmbeddingModel.open(ModelDirectory.open(TestData.fixtureModel()))) {
            assertThat(model.id()).isEqualTo("fixture-colour");
            float[][] photos = model.embedImages(List.of(solid(230, 20, 20), solid(20, 200, 30), solid(20, 30, 220)));

            assertThat(nearest(model.embedText("red"), photos)).isZero();
            assertThat(nearest(model.embedText("a green field"), photos)).isEqualTo(1);
            assertThat(nearest(model.embedText("deep blue sea"), photos)).isEqualTo(2);
        }
    }
}
