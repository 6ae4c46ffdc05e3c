package dev.fovea.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.index.IndexSettings;
import dev.fovea.search.query.QueryEncoder;
import java.nio.file.Path;
import java.util.List;
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
        List<EndToEndResult> results = EndToEndBenchmark.run(
                work,
                2000,
                BenchLibrary.Layout.ONE_SEGMENT,
                IndexSettings.DEFAULT,
                encoder,
                32,
                "synthetic",
                20,
                1,
                message -> {});
        assertThat(results).extracting(EndToEndResult::caseName).containsExactly("e2e-text", "e2e-typing");
        EndToEndResult text = results.get(0);
        assertThat(text.vectors()).isEqualTo(2000);
        assertThat(text.format()).isEqualTo(IndexSettings.DEFAULT.format().label());
        assertThat(text.searches()).isEqualTo(20);
        assertThat(text.repeated()).as("every text is new").isZero();
        assertThat(text.encoderTimeSaved()).isZero();
        assertThat(text.e2eP99Ms()).isGreaterThanOrEqualTo(text.e2eP50Ms());
        assertThat(text.encoderP50Ms()).isGreaterThanOrEqualTo(0);
        EndToEndResult typing = results.get(1);
        assertThat(typing.searches()).isGreaterThanOrEqualTo(20);
        assertThat(typing.repeated())
                .as("a word taken back searches its text again")
                .isPositive();
        assertThat(typing.encoderTimeSaved()).isBetween(0.0, 1.0);
    }
}
