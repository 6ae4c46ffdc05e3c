package dev.fovea.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.index.IndexSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorSearchBenchmarkTest {
    @TempDir
    Path work;

    @Test
    void measuresEveryCaseAndReusesTheBuiltLibrary() {
        List<String> progress = new ArrayList<>();
        List<VectorCaseResult> first = VectorSearchBenchmark.run(
                work, 3000, 32, IndexSettings.DEFAULT, BenchLibrary.Layout.ONE_SEGMENT, 30, 1, progress::add);
        assertThat(first)
                .extracting(VectorCaseResult::caseName)
                .containsExactly(
                        "vector-unfiltered", "vector-filter-20pct", "vector-filter-10pct", "vector-filter-1pct");
        assertThat(first).allSatisfy(result -> {
            assertThat(result.recallAt10()).isGreaterThan(0.9);
            assertThat(result.p99Ms()).isGreaterThanOrEqualTo(result.p50Ms());
            assertThat(result.graphP99Ms()).isGreaterThanOrEqualTo(result.graphP50Ms());
            assertThat(result.buildReused()).isFalse();
            assertThat(result.segments()).isEqualTo(1);
            assertThat(result.layout()).isEqualTo("one-segment");
            // The default int7 vectors: a byte a dimension is read while searching, the floats stay on disk.
            assertThat(result.searchedBytesPerPhoto()).isBetween(32L, result.indexBytesPerPhoto() - 32L * 4);
        });
        assertThat(first.get(0).searchPath()).isEqualTo("graph");
        assertThat(first.get(1).filterFraction()).isBetween(0.17, 0.23);
        assertThat(first.get(2).filterFraction()).isBetween(0.08, 0.12);
        assertThat(first.get(3).filterFraction()).isBetween(0.005, 0.015);
        assertThat(first.get(3).searchPath())
                .as("30 kept photos cost less to compare than a walk")
                .isEqualTo("exact");
        assertThat(first.get(3).recallAt10()).isEqualTo(1.0);

        List<VectorCaseResult> second = VectorSearchBenchmark.run(
                work, 3000, 32, IndexSettings.DEFAULT, BenchLibrary.Layout.ONE_SEGMENT, 30, 1, progress::add);
        assertThat(second).allSatisfy(result -> assertThat(result.buildReused()).isTrue());
        assertThat(second)
                .extracting(VectorCaseResult::recallAt10)
                .containsExactlyElementsOf(
                        first.stream().map(VectorCaseResult::recallAt10).toList());
    }

    @Test
    void theAppLayoutIsBuiltByCommitsAndSearchedWithTheSameRecall() {
        List<VectorCaseResult> results = VectorSearchBenchmark.run(
                work, 3000, 32, IndexSettings.DEFAULT, BenchLibrary.Layout.APP, 30, 1, message -> {});
        assertThat(results).allSatisfy(result -> {
            assertThat(result.layout()).isEqualTo("app");
            assertThat(result.vectors()).isEqualTo(3000);
            assertThat(result.segments()).isPositive();
            assertThat(result.recallAt10()).isGreaterThan(0.9);
        });
    }

    @Test
    void textQueriesScoreModestlyAgainstPhotosAsClipDoes() {
        SyntheticEmbeddings embeddings = new SyntheticEmbeddings(512, 100, 3);
        java.util.Random random = new java.util.Random(4);
        double sameCone = 0;
        double textToPhoto = 0;
        for (int i = 0; i < 200; i++) {
            float[] a = embeddings.photo(random);
            float[] b = embeddings.photo(random);
            sameCone += org.apache.lucene.util.VectorUtil.dotProduct(a, b);
            textToPhoto += org.apache.lucene.util.VectorUtil.dotProduct(embeddings.textQuery(random), a);
        }
        assertThat(sameCone / 200).as("photos share a cone").isBetween(0.2, 0.5);
        assertThat(textToPhoto / 200).as("text queries lie outside it").isBetween(0.0, 0.3);
    }
}
