package dev.fovea.indexer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContinuousIndexerTest {
    @TempDir
    Path temp;

    @Test
    void followsNewRemovedAndMovedPhotosLive() throws Exception {
        Path photos = temp.resolve("photos");
        TestPhotos.jpeg(photos.resolve("a/one.jpg"), 160, 120, 1);
        ColourEncoder encoder = new ColourEncoder();
        BlockingQueue<IndexingSummary> runs = new LinkedBlockingQueue<>();
        try (Library library = Library.open(temp.resolve("home"), new FileVectorStores())) {
            library.addRoot(photos);
            try (ContinuousIndexer indexer = new ContinuousIndexer(
                    library,
                    encoder,
                    new ImageIoDecoding(),
                    IndexingOptions.defaults().withDecodeThreads(1),
                    null,
                    runs::add,
                    Duration.ofMillis(300),
                    Duration.ofHours(1))) {
                assertThat(runs.poll(30, TimeUnit.SECONDS)).isNotNull();
                assertThat(library.status().indexed()).isEqualTo(1);

                TestPhotos.jpeg(photos.resolve("b/new/two.jpg"), 160, 120, 2);
                awaitTrue(() -> library.status().indexed() == 2);

                Files.move(photos.resolve("a/one.jpg"), photos.resolve("b/new/renamed.jpg"));
                awaitTrue(
                        () -> library.photo(photos.resolve("b/new/renamed.jpg")).isPresent()
                                && library.photo(photos.resolve("a/one.jpg")).isEmpty());

                Files.delete(photos.resolve("b/new/two.jpg"));
                Files.delete(photos.resolve("b/new/renamed.jpg"));
                Files.delete(photos.resolve("b/new"));
                awaitTrue(() -> library.status().filesSeen() == 0);
                assertThat(encoder.encodedImages.get()).isEqualTo(2);
            }
            assertThat(library.verify().consistent()).isTrue();
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s for the watcher").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
