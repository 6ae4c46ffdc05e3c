package dev.fovea.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names on Linux are bytes: two names that differ only in bytes that are not UTF-8 are two photos, each
 * catalogued once and never embedded again.
 */
class NonUtf8PathsTest {
    @TempDir
    Path temp;

    @Test
    void namesThatAreNotUtf8AreStoredLosslessly() throws Exception {
        assumeTrue(
                System.getProperty("os.name").startsWith("Linux"),
                "only Linux file systems hold names that are not UTF-8");
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path latin1 = byteName(photos, "caf%E9.jpg");
        Path other = byteName(photos, "caf%E8.jpg");
        Path escapeLike = photos.resolve("caf\uF7E9.jpg");
        TestPhotos.jpeg(latin1, 64, 48, 1);
        TestPhotos.jpeg(other, 64, 48, 2);
        TestPhotos.jpeg(escapeLike, 64, 48, 3);
        TestPhotos.jpeg(photos.resolve("café.jpg"), 64, 48, 4);

        ColourEncoder encoder = new ColourEncoder();
        try (Library library = Library.open(temp.resolve("home"))) {
            library.addRoot(photos);
            index(library, encoder);
            assertThat(library.counts().indexed()).isEqualTo(4);
            assertThat(encoder.encodedImages.get()).isEqualTo(4);
            for (Path file : new Path[] {latin1, other, escapeLike}) {
                PhotoRow row = library.photo(file).orElseThrow();
                assertThat(row.path()).isEqualTo(file);
            }
            assertThat(library.photo(latin1).orElseThrow().id())
                    .isNotEqualTo(library.photo(other).orElseThrow().id());

            index(library, encoder);
            assertThat(encoder.encodedImages.get())
                    .as("nothing is embedded again")
                    .isEqualTo(4);
            assertThat(library.verify().consistent()).isTrue();
        }
    }

    private static Path byteName(Path folder, String percentEncoded) {
        return Path.of(URI.create(folder.toUri() + percentEncoded));
    }

    private static void index(Library library, ColourEncoder encoder) throws InterruptedException {
        library.startIndexing(encoder, new ImageIoDecoding(), IndexingOptions.defaults(), null)
                .await();
    }
}
