package dev.fovea.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconciliationTest {
    @TempDir
    Path temp;

    Path photos;
    Path home;

    @BeforeEach
    void library() throws Exception {
        photos = temp.resolve("photos");
        home = temp.resolve("home");
        for (int i = 0; i < 5; i++) {
            TestPhotos.jpeg(photos.resolve("p" + i + ".jpg"), 160, 120, i);
        }
    }

    private void index(Library library, ColourEncoder encoder) throws InterruptedException {
        library.startIndexing(
                        encoder,
                        new ImageIoDecoding(),
                        IndexingOptions.defaults().withDecodeThreads(2),
                        null)
                .await();
    }

    @Test
    void aLostIndexIsRebuiltFromTheCatalogWithoutEncoding() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library, new ColourEncoder());
        }
        Path index = home.resolve("index/colour-test");
        Map<Long, String> before = FileVectorStores.committed(index);
        deleteRecursively(index);
        try (Library library = Library.open(home, new FileVectorStores())) {
            assertThat(library.verify().consistent()).isFalse();
            assertThat(library.verify().indexes().getFirst().missingCount()).isEqualTo(5);
            ColourEncoder encoder = new ColourEncoder();
            index(library, encoder);
            assertThat(encoder.encodedImages.get()).isZero();
            assertThat(library.verify().consistent()).isTrue();
        }
        assertThat(FileVectorStores.committed(index)).isEqualTo(before);
    }

    @Test
    void changesTheIndexNeverCommittedAreReplayedFromTheJournal() throws Exception {
        Path index = home.resolve("index/colour-test");
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library, new ColourEncoder());
            long id = library.photo(photos.resolve("p0.jpg")).orElseThrow().id();
            // A move whose index update was lost: the index still has the old path under the same id.
            Files.move(photos.resolve("p0.jpg"), photos.resolve("moved.jpg"));
            index(library, new ColourEncoder());
            assertThat(FileVectorStores.committed(index).get(id)).endsWith("moved.jpg");
            Map<Long, String> stale = new java.util.TreeMap<>(FileVectorStores.committed(index));
            stale.put(id, stale.get(id).replace("moved.jpg", "p0.jpg"));
            library.catalog().write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO index_journal (model_id, photo_id) VALUES ('colour-test', " + id + ")");
                }
                return null;
            });
            writeCommitted(index, stale);
        }
        try (Library library = Library.open(home, new FileVectorStores())) {
            assertThat(library.verify().indexes().getFirst().unsyncedChanges()).isEqualTo(1);
            library.index("colour-test", 12);
            assertThat(library.verify().consistent()).isTrue();
        }
        assertThat(FileVectorStores.committed(index).values())
                .anySatisfy(document -> assertThat(document).endsWith("moved.jpg"))
                .noneSatisfy(document -> assertThat(document).endsWith("p0.jpg"));
    }

    @Test
    void extraDocumentsAreDeleted() throws Exception {
        Path index = home.resolve("index/colour-test");
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library, new ColourEncoder());
        }
        Map<Long, String> extra = new java.util.TreeMap<>(FileVectorStores.committed(index));
        extra.put(9999L, "0000 /nowhere.jpg");
        writeCommitted(index, extra);
        try (Library library = Library.open(home, new FileVectorStores())) {
            assertThat(library.verify().indexes().getFirst().extra()).containsExactly(9999L);
            library.index("colour-test", 12);
            assertThat(library.verify().consistent()).isTrue();
        }
        assertThat(FileVectorStores.committed(index)).doesNotContainKey(9999L).hasSize(5);
    }

    @Test
    void anotherModelReembedsWhileTheOldIndexKeepsServing() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library, new ColourEncoder("model-a"));
            assertThat(library.servingModel()).contains("model-a");

            ColourEncoder b = new ColourEncoder("model-b");
            var run = library.startIndexing(
                    b, new ImageIoDecoding(), IndexingOptions.defaults().withDecodeThreads(1), null);
            run.cancel();
            run.await();
            assertThat(library.servingModel()).contains("model-a");
            assertThat(FileVectorStores.committed(home.resolve("index/model-a")))
                    .hasSize(5);

            index(library, b);
            assertThat(library.servingModel()).contains("model-b");
            assertThat(library.status().indexed()).isEqualTo(5);
            assertThat(FileVectorStores.committed(home.resolve("index/model-b")))
                    .hasSize(5);
            assertThat(FileVectorStores.committed(home.resolve("index/model-a")))
                    .hasSize(5);

            ColourEncoder backToA = new ColourEncoder("model-a");
            index(library, backToA);
            assertThat(backToA.encodedImages.get()).isZero();
            assertThat(library.servingModel()).contains("model-a");
            assertThat(library.verify().consistent()).isTrue();
        }
    }

    private static void writeCommitted(Path index, Map<Long, String> documents) throws Exception {
        StringBuilder text = new StringBuilder();
        documents.forEach(
                (id, document) -> text.append(id).append(' ').append(document).append('\n'));
        Files.writeString(index.resolve("documents.txt"), text);
    }

    private static void deleteRecursively(Path path) throws Exception {
        try (var files = Files.walk(path)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
