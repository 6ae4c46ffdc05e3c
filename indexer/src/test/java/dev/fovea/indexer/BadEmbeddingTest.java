package dev.fovea.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.indexer.catalog.EmbeddingTable;
import dev.fovea.indexer.catalog.IndexJournal;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.PhotoEncoder;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.ForwardingEncoder;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.search.FoveaException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken model output must not brick the home: nothing bad is committed, and what an older Fovea stored is repaired. */
class BadEmbeddingTest {
    @TempDir
    Path temp;

    Path photos;
    Path home;
    final ImageIoDecoding decoder = new ImageIoDecoding();

    @BeforeEach
    void photos() throws Exception {
        photos = temp.resolve("photos");
        home = temp.resolve("home");
        for (int i = 0; i < 5; i++) {
            TestPhotos.jpeg(photos.resolve("img" + i + ".jpg"), 120, 90, i);
        }
    }

    @Test
    void aZeroOrNanEmbeddingFailsTheRunBeforeAnythingIsWrittenAndAGoodModelThenIndexesAll() throws Exception {
        for (float broken : new float[] {0f, Float.NaN}) {
            try (Library library = Library.open(home)) {
                library.addRoot(photos);
                assertThatThrownBy(() -> index(library, new BrokenEncoder(new ColourEncoder(), broken)))
                        .isInstanceOf(FoveaException.class)
                        .hasMessageContaining("colour-test")
                        .hasMessageContaining("model output is broken");
                long stored = library.catalog().read(c ->
                        (long) EmbeddingTable.hashesFor(c, "colour-test", false).size());
                assertThat(stored).isZero();
            }
        }
        try (Library library = Library.open(home)) {
            index(library, new ColourEncoder());
            assertThat(library.counts().indexed()).isEqualTo(5);
            assertThat(library.verify().consistent()).isTrue();
        }
    }

    @Test
    void anAllZeroEmbeddingAnOlderVersionStoredIsEmbeddedAgain() throws Exception {
        try (Library library = Library.open(home)) {
            library.addRoot(photos);
            index(library, new ColourEncoder());
            library.catalog().write(c -> {
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement zero = c.prepareStatement(
                                "UPDATE embeddings SET vector = ? WHERE content_hash IN (SELECT content_hash FROM embeddings LIMIT 2)");
                        PreparedStatement all = c.prepareStatement("SELECT id FROM photos");
                        var rows = all.executeQuery()) {
                    zero.setBytes(1, EmbeddingTable.encode(new float[12]));
                    zero.executeUpdate();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                IndexJournal.touch(c, ids);
                return null;
            });
        }
        ColourEncoder good = new ColourEncoder();
        try (Library library = Library.open(home)) {
            index(library, good);
            assertThat(good.encodedImages.get()).isEqualTo(2);
            assertThat(library.counts().indexed()).isEqualTo(5);
            assertThat(library.verify().consistent()).isTrue();
        }
    }

    private static void index(Library library, PhotoEncoder encoder) throws InterruptedException {
        library.startIndexing(encoder, new ImageIoDecoding(), IndexingOptions.defaults(), null)
                .await();
    }

    /** A model whose output for the third image of each batch is all {@code value}. */
    private static final class BrokenEncoder extends ForwardingEncoder {
        private final float value;

        BrokenEncoder(ColourEncoder model, float value) {
            super(model);
            this.value = value;
        }

        @Override
        public float[][] encode(float[] batch, int count) {
            float[][] vectors = super.encode(batch, count);
            java.util.Arrays.fill(vectors[count - 1], value);
            return vectors;
        }
    }
}
