package dev.fovea.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

class ExactSearchTest {
    private static final int DIMENSIONS = 16;

    @Test
    void comparingSegmentsInPartsFindsWhatComparingThemWholeFinds() throws IOException {
        Random random = new Random(11);
        List<float[]> vectors = new ArrayList<>();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer =
                    new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                // Segments of 700, 200 and 100 documents: the first is split into parts, the others are not.
                for (int segment : new int[] {700, 200, 100}) {
                    for (int i = 0; i < segment; i++) {
                        float[] vector = unit(random);
                        Document document = new Document();
                        document.add(new KnnFloatVectorField(
                                PhotoFields.EMBEDDING, vector, VectorSimilarityFunction.DOT_PRODUCT));
                        document.add(new StringField("kept", vectors.size() % 3 == 0 ? "yes" : "no", Field.Store.NO));
                        writer.addDocument(document);
                        vectors.add(vector);
                    }
                    writer.commit();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(3);
                IndexSearcher searcher = new IndexSearcher(reader);
                Query kept = new TermQuery(new Term("kept", "yes"));
                for (int q = 0; q < 20; q++) {
                    float[] query = unit(random);
                    List<Integer> all = docs(ExactSearch.nearest(searcher, query, 10, null, 1));
                    List<Integer> filtered = docs(ExactSearch.nearest(searcher, query, 10, kept, 1));

                    assertThat(all).isEqualTo(bruteForce(vectors, query, doc -> true));
                    assertThat(filtered).isEqualTo(bruteForce(vectors, query, doc -> doc % 3 == 0));
                    assertThat(docs(ExactSearch.nearest(searcher, query, 10, kept, Integer.MAX_VALUE)))
                            .isEqualTo(filtered);
                }
            }
        }
    }

    private static List<Integer> docs(List<VectorHit> hits) {
        return hits.stream().map(VectorHit::doc).toList();
    }

    private static List<Integer> bruteForce(
            List<float[]> vectors, float[] query, java.util.function.IntPredicate keep) {
        return IntStream.range(0, vectors.size())
                .filter(keep)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer doc) -> -VectorUtil.dotProduct(query, vectors.get(doc))))
                .limit(10)
                .toList();
    }

    private static float[] unit(Random random) {
        float[] vector = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return VectorUtil.l2normalize(vector);
    }
}
