package dev.fovea.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.catalog.DecodeWarningTable.WarnedFile;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.pipeline.DecoderAdapter;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.TestPhotos;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JPEG libjpeg decodes with a warning is indexed and its warning is kept in the catalog for the photo: status
 * counts it and lists it with libjpeg's words, and it stays through a move, a copy, a re-index and another model;
 * the same file made clean loses it (#15 item 8).
 */
class DecodeWarningsTest {
    private static final String BEFORE_SCAN = "Corrupt JPEG data: 3 extraneous bytes before marker 0xda";
    private static final String AFTER_START = "Corrupt JPEG data: 3 extraneous bytes before marker 0xe0";

    @TempDir
    Path temp;

    @Test
    void theWarningIsKeptForThePhotoThroughMovesReindexAndModelSwitch() throws Exception {
        Path photos = temp.resolve("photos");
        Path clean = TestPhotos.jpeg(photos.resolve("clean.jpg"), 320, 240, 1);
        byte[] good = Files.readAllBytes(TestPhotos.jpeg(temp.resolve("source.jpg"), 320, 240, 2));
        Path strayBytes = Files.write(photos.resolve("stray.jpg"), insert(good, startOfScan(good)));
        byte[] other = Files.readAllBytes(TestPhotos.jpeg(temp.resolve("other.jpg"), 320, 240, 3));
        Path junk = Files.write(photos.resolve("junk.jpg"), insert(other, 2));

        try (Library library = Library.open(temp.resolve("home"), new FileVectorStores())) {
            library.addRoot(photos);
            index(library, "colour-test");

            assertThat(library.status().indexed()).isEqualTo(3);
            assertThat(library.status().skippedTotal()).isZero();
            assertThat(library.status().decodedWithWarnings()).isEqualTo(2);
            assertThat(library.decodeWarnings(10))
                    .containsExactlyInAnyOrder(
                            new WarnedFile(strayBytes, BEFORE_SCAN), new WarnedFile(junk, AFTER_START));

            Path moved = Files.move(
                    strayBytes, Files.createDirectories(photos.resolve("moved")).resolve("s.jpg"));
            Path copy = Files.copy(junk, photos.resolve("copy.jpg"));
            index(library, "colour-test");
            assertThat(library.decodeWarnings(10))
                    .as("moved and copied without decoding again")
                    .containsExactlyInAnyOrder(
                            new WarnedFile(moved, BEFORE_SCAN),
                            new WarnedFile(junk, AFTER_START),
                            new WarnedFile(copy, AFTER_START));

            library.forgetEmbeddings("colour-test");
            index(library, "colour-test");
            assertThat(library.status().decodedWithWarnings())
                    .as("after a re-index")
                    .isEqualTo(3);

            index(library, "another-model");
            assertThat(library.status().indexingModel()).isEqualTo("another-model");
            assertThat(library.status().decodedWithWarnings())
                    .as("under another model")
                    .isEqualTo(3);

            Files.write(junk, other);
            Files.write(copy, other);
            index(library, "another-model");
            assertThat(library.decodeWarnings(10))
                    .as("the files made clean")
                    .containsExactly(new WarnedFile(moved, BEFORE_SCAN));
            assertThat(library.verify().consistent())
                    .as(library.verify().toString())
                    .isTrue();
            assertThat(library.decodeWarnings(10)).noneMatch(file -> file.path().equals(clean));
        }
    }

    private static void index(Library library, String model) throws InterruptedException {
        library.startIndexing(
                        new ColourEncoder(model),
                        new DecoderAdapter(new PhotoDecoder()),
                        IndexingOptions.defaults(),
                        null)
                .await();
    }

    private static byte[] insert(byte[] data, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data, 0, at);
        out.writeBytes(new byte[] {0x11, 0x22, 0x33});
        out.write(data, at, data.length - at);
        return out.toByteArray();
    }

    /** Where the scan's marker is, found by walking the segments (their payloads may hold any bytes). */
    private static int startOfScan(byte[] jpeg) {
        int at = 2;
        while ((jpeg[at + 1] & 0xff) != 0xDA) {
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        return at;
    }
}
