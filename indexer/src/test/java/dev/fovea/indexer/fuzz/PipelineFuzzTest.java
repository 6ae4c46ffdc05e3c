package dev.fovea.indexer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.LibraryStatus;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.metadata.MetadataReader;
import dev.fovea.indexer.pipeline.DecoderAdapter;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.indexer.pipeline.SkipReasons;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random, truncated and bit-flipped files, and the image-rs fuzzer's inputs when the shared corpus is there,
 * through the whole pipeline with Fovea's decoder (hashing, metadata, decoding, thumbnails, catalog): the run
 * ends, every file is indexed or skipped with a reason, nothing hangs (no file reaches the per-file limit).
 */
class PipelineFuzzTest {
    private static final String[] EXTENSIONS = {"jpg", "png", "heic", "webp", "gif", "tiff", "bmp", "avif", "dng"};

    @TempDir
    Path temp;

    @Test
    void damagedFilesAreSkippedWithAReasonAndNothingHangs() throws Exception {
        Path photos = temp.resolve("photos");
        Random random = new Random(7);
        byte[][] seeds = {
            Files.readAllBytes(TestPhotos.jpeg(temp.resolve("seed.jpg"), 300, 200, 1)),
            Files.readAllBytes(TestPhotos.png(temp.resolve("seed.png"), 120, 90, 2)),
            Files.readAllBytes(dev.fovea.indexer.testing.TestPhotos.jpegWithExif(
                    temp.resolve("exif.jpg"),
                    200,
                    100,
                    3,
                    new dev.fovea.indexer.testing.ExifBuilder()
                            .make("Fuzz")
                            .dateTimeOriginal("2020:01:02 03:04:05")
                            .gps(1, 2)))
        };
        int files = 0;
        for (int i = 0; i < 60; i++) {
            byte[] noise = new byte[random.nextInt(4096)];
            random.nextBytes(noise);
            write(photos.resolve("random/r" + i + "." + EXTENSIONS[i % EXTENSIONS.length]), noise);
            files++;
        }
        for (int i = 0; i < 60; i++) {
            byte[] seed = seeds[i % seeds.length];
            write(
                    photos.resolve("truncated/t" + i + (seed[0] == (byte) 0x89 ? ".png" : ".jpg")),
                    Arrays.copyOf(seed, 1 + random.nextInt(seed.length - 1)));
            files++;
        }
        for (int i = 0; i < 60; i++) {
            byte[] flipped = seeds[i % seeds.length].clone();
            for (int flips = 0; flips < 1 + random.nextInt(20); flips++) {
                flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            }
            write(photos.resolve("flipped/f" + i + (flipped[1] == 'P' ? ".png" : ".jpg")), flipped);
            files++;
        }

        files += sharedFuzzInputs(photos);

        MetadataReader metadata = new MetadataReader();
        try (Stream<Path> all = Files.walk(photos)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                assertThat(metadata.read(file)).as(file.toString()).isNotNull();
            }
        }

        try (Library library = Library.open(temp.resolve("home"), new FileVectorStores())) {
            library.addRoot(photos);
            IndexingOptions options = IndexingOptions.defaults().withPerFileTimeout(Duration.ofSeconds(20));
            IndexingSummary summary = library.startIndexing(
                            new ColourEncoder(), new DecoderAdapter(new PhotoDecoder()), options, null)
                    .await(Duration.ofMinutes(5));
            assertThat(summary).as("the run ends").isNotNull();
            LibraryStatus status = library.status();
            assertThat(status.filesSeen()).isEqualTo(files);
            assertThat(status.indexed() + status.skippedTotal()).isEqualTo(files);
            assertThat(status.skipped()).doesNotContainKeys(SkipReasons.TIMEOUT, SkipReasons.DECODER_ERROR, "unknown");
            assertThat(library.verify().consistent()).isTrue();
            System.out.println(
                    "fuzz: " + files + " files, " + status.indexed() + " indexed, skipped " + status.skipped());
        }
    }

    /** The image-rs fuzzer's inputs of photo formats (WebP here), when the shared corpus is beside the clone. */
    private static int sharedFuzzInputs(Path photos) throws Exception {
        Path corpus = dev.fovea.testing.TestData.repoRoot().resolveSibling("shared/corpora/image-rs/fuzz-afl/in/webp");
        if (!Files.isDirectory(corpus)) {
            return 0;
        }
        int count = 0;
        try (Stream<Path> inputs = Files.list(corpus)) {
            for (Path input : inputs.sorted().toList()) {
                write(photos.resolve("afl/webp/" + count++ + ".webp"), Files.readAllBytes(input));
            }
        }
        return count;
    }

    private static void write(Path file, byte[] content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
