package dev.fovea.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.query.QueryEncoder;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndToEndBenchmarkTest {
    @TempDir
    Path work;

    @Test
    void timesTheWholeSearchAgainstTheEncoderAlone() {
        SyntheticEmbeddings texts = new SyntheticEmbeddings(32, 40, 8);
        QueryEncoder encoder = new QueryEncoder() {
            @Override
            public float[] embedText(String text) {
                return texts.textQuery(new Random(text.hashCode()));
            }

            @Override
            public float[] embedImage(Path image) {
                throw new UnsupportedOperationException();
            }
        };
        EndToEndResult result = EndToEndBenchmark.run(work, 2000, encoder, 32, "synthetic", 20, 1, message -> {});
        assertThat(result.caseName()).isEqualTo("e2e-text");
        assertThat(result.vectors()).isEqualTo(2000);
        assertThat(result.queries()).isEqualTo(20);
        assertThat(result.e2eP99Ms()).isGreaterThanOrEqualTo(result.e2eP50Ms());
        assertThat(result.encoderP50Ms()).isGreaterThanOrEqualTo(0);
    }
}
