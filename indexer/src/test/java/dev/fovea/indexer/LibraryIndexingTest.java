package dev.fovea.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.catalog.PhotoStatus;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingProgress;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.indexer.pipeline.PhotoDecoding;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.testing.ThreadNice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryIndexingTest {
    @TempDir
    Path temp;

    Path photos;
    Path home;
    ColourEncoder encoder = new ColourEncoder();
    ImageIoDecoding decoder = new ImageIoDecoding();

    @BeforeEach
    void library() throws Exception {
        photos = temp.resolve("photos");
        home = temp.resolve("home");
        for (int i = 0; i < 6; i++) {
            TestPhotos.jpeg(photos.resolve("2023 Lisbon/img" + i + ".jpg"), 320, 240, i);
        }
        TestPhotos.png(photos.resolve("screens/shot.png"), 200, 300, 42);
        Files.copy(photos.resolve("2023 Lisbon/img0.jpg"), photos.resolve("screens/copy-of-img0.jpg"));
        Files.write(photos.resolve("screens/broken.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3});
        Files.write(photos.resolve("screens/empty.png"), new byte[0]);
        Files.writeString(photos.resolve("notes.txt"), "not a photo");
        TestPhotos.jpeg(photos.resolve(".hidden/secret.jpg"), 64, 64, 9);
        TestPhotos.jpeg(photos.resolve("@eaDir/img0.jpg/SYNOPHOTO_THUMB_M.jpg"), 64, 64, 9);
    }

    static IndexingSummary index(Library library, ColourEncoder encoder, PhotoDecoding decoder)
            throws InterruptedException {
        return library.startIndexing(
                        encoder, decoder, IndexingOptions.defaults().withDecodeThreads(2), null)
                .await();
    }

    @Test
    void indexesEveryPhotoAndAccountsForEachFile() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            IndexingSummary summary = index(library, encoder, decoder);

            assertThat(summary.filesSeen()).isEqualTo(10);
            LibraryStatus status = library.status();
            assertThat(status.filesSeen()).isEqualTo(10);
            assertThat(status.indexed()).isEqualTo(8);
            assertThat(status.pending()).isZero();
            assertThat(status.skipped()).containsOnlyKeys("undecodable", "empty");
            assertThat(status.indexed() + status.pending() + status.skippedTotal())
                    .isEqualTo(status.filesSeen());
            assertThat(status.roots()).singleElement().satisfies(root -> {
                assertThat(root.ignoredFiles()).isEqualTo(1);
                assertThat(root.lastScan()).isEqualTo("complete");
            });
            // The copy has the same content as img0: encoded once.
            assertThat(encoder.encodedImages.get()).isEqualTo(7);
            assertThat(library.verify().consistent()).isTrue();
            assertThat(FileVectorStores.committed(home.resolve("index/colour-test")))
                    .hasSize(8);
        }
    }

    @Test
    void thumbnailsComeFromTheSameDecode() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library, encoder, decoder);
            PhotoRow row = library.photo(photos.resolve("screens/shot.png")).orElseThrow();
            assertThat(row.metadata().width()).isEqualTo(200);
            assertThat(row.metadata().height()).isEqualTo(300);
            Path thumbnail = library.thumbnail(row.id()).orElseThrow();
            var image = javax.imageio.ImageIO.read(thumbnail.toFile());
            assertThat(image.getWidth()).isEqualTo(200);
            assertThat(image.getHeight()).isEqualTo(300);
            // One decode per distinct content: 7 pictures (img0 has a copy) and the broken file; the empty file is not
            // tried.
            assertThat(decoder.decodes.get()).isEqualTo(8);
        }
    }

    @Test
    void aSecondRunOverAnUnchangedLibraryDecodesNothing() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library, encoder, decoder);
        }
        ImageIoDecoding second = new ImageIoDecoding();
        ColourEncoder secondEncoder = new ColourEncoder();
        try (Library library = Library.open(home, new FileVectorStores())) {
            IndexingSummary summary = index(library, secondEncoder, second);
            assertThat(summary.filesSeen()).isEqualTo(10);
            assertThat(summary.embedded() + summary.reused() + summary.skippedTotal())
                    .isZero();
            assertThat(second.decodes.get()).isZero();
            assertThat(secondEncoder.encodedImages.get()).isZero();
            assertThat(library.verify().consistent()).isTrue();
        }
    }

    @Test
    void followsNewChangedDeletedAndMovedFiles() throws Exception {
        long movedId;
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library, encoder, decoder);
            movedId = library.photo(photos.resolve("2023 Lisbon/img1.jpg"))
                    .orElseThrow()
                    .id();

            Files.createDirectories(photos.resolve("renamed"));
            Files.move(photos.resolve("2023 Lisbon/img1.jpg"), photos.resolve("renamed/first.jpg"));
            Files.delete(photos.resolve("2023 Lisbon/img2.jpg"));
            TestPhotos.jpeg(photos.resolve("2023 Lisbon/img3.jpg"), 320, 240, 300);
            Files.setLastModifiedTime(photos.resolve("2023 Lisbon/img3.jpg"), FileTime.fromMillis(1_000_000));
            TestPhotos.jpeg(photos.resolve("new/fresh.jpg"), 320, 240, 400);
            encoder.encodedImages.set(0);

            IndexingSummary summary = index(library, encoder, decoder);

            assertThat(summary.embedded()).isEqualTo(2);
            assertThat(summary.reused()).isEqualTo(1);
            assertThat(summary.deleted()).isEqualTo(1);
            assertThat(encoder.encodedImages.get()).isEqualTo(2);
            PhotoRow moved = library.photo(photos.resolve("renamed/first.jpg")).orElseThrow();
            assertThat(moved.id()).isEqualTo(movedId);
            assertThat(moved.status()).isEqualTo(PhotoStatus.INDEXED);
            assertThat(library.photo(photos.resolve("2023 Lisbon/img2.jpg"))).isEmpty();
            assertThat(library.status().filesSeen()).isEqualTo(10);
            assertThat(library.verify().consistent()).isTrue();
            assertThat(FileVectorStores.committed(home.resolve("index/colour-test"))
                            .get(movedId))
                    .endsWith("renamed/first.jpg");
        }
    }

    @Test
    void anUnpluggedFolderKeepsItsPhotos() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library, encoder, decoder);
            Path away = temp.resolve("unplugged");
            Files.move(photos, away);
            IndexingSummary summary = index(library, encoder, decoder);
            assertThat(summary.offlineFolders()).containsExactly(photos.toString());
            assertThat(summary.deleted()).isZero();
            assertThat(library.status().filesSeen()).isEqualTo(10);
            assertThat(library.status().roots().getFirst().online()).isFalse();
        }
    }

    /** At the bench's normal priority the encoder keeps the starting thread's nice value; decoding yields to it. */
    @Test
    void decodeWorkersRunFiveNiceLevelsBelowTheRun() throws Exception {
        assumeTrue(ThreadNice.available());
        Set<Integer> decoderNice = ConcurrentHashMap.newKeySet();
        PhotoDecoding recording = (file, side) -> {
            decoderNice.add(ThreadNice.ofCurrentThread());
            return decoder.decode(file, side);
        };
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            IndexingOptions options =
                    IndexingOptions.defaults().withDecodeThreads(2).withThreadPriority(Thread.NORM_PRIORITY);
            library.startIndexing(encoder, recording, options, null).await();
        }

        assertThat(decoderNice).containsExactly(Math.min(19, ThreadNice.ofCurrentThread() + 5));
    }

    @Test
    void aStuckDecodeIsAbandonedAsTimeout() throws Exception {
        PhotoDecoding stuckOnPng = (file, side) -> {
            if (file.toString().endsWith(".png")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // keep pretending to be stuck in native code: ignore the interrupt for a while
                    long until = System.nanoTime() + 2_000_000_000L;
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                }
            }
            return decoder.decode(file, side);
        };
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            IndexingOptions options =
                    IndexingOptions.defaults().withDecodeThreads(2).withPerFileTimeout(Duration.ofMillis(700));
            IndexingSummary summary =
                    library.startIndexing(encoder, stuckOnPng, options, null).await(Duration.ofSeconds(60));
            assertThat(summary).isNotNull();
            assertThat(summary.skipped()).containsEntry("timeout", 1L);
            PhotoRow shot = library.photo(photos.resolve("screens/shot.png")).orElseThrow();
            assertThat(shot.status()).isEqualTo(PhotoStatus.SKIPPED);
            assertThat(shot.skipReason()).isEqualTo("timeout");
            assertThat(library.status().indexed()).isEqualTo(7);
        }
    }

    @Test
    void pausesResumesAndReportsProgress() throws Exception {
        List<IndexingProgress> events = new CopyOnWriteArrayList<>();
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            var run = library.startIndexing(
                    encoder, decoder, IndexingOptions.defaults().withDecodeThreads(1), events::add);
            run.pause();
            Thread.sleep(600);
            long doneWhilePaused = run.progress().done();
            Thread.sleep(600);
            assertThat(run.progress().done()).isEqualTo(doneWhilePaused);
            assertThat(run.progress().paused()).isTrue();
            run.resume();
            IndexingSummary summary = run.await();
            assertThat(summary.cancelled()).isFalse();
        }
        IndexingProgress last = events.getLast();
        assertThat(last.phase()).isEqualTo(IndexingProgress.Phase.DONE);
        assertThat(last.done()).isEqualTo(last.total()).isEqualTo(10);
        assertThat(last.skippedTotal()).isEqualTo(2);
    }

    @Test
    void aCancelledRunLeavesTheRestPendingAndTheNextRunFinishesIt() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            var run = library.startIndexing(
                    encoder, decoder, IndexingOptions.defaults().withDecodeThreads(1), null);
            run.cancel();
            IndexingSummary cancelled = run.await();
            assertThat(cancelled.cancelled()).isTrue();
            assertThat(cancelled.deleted()).isZero();
            IndexingSummary rest = index(library, encoder, decoder);
            assertThat(rest.cancelled()).isFalse();
            LibraryStatus status = library.status();
            assertThat(status.indexed()).isEqualTo(8);
            assertThat(status.pending()).isZero();
            assertThat(encoder.encodedImages.get()).isEqualTo(7);
            assertThat(library.verify().consistent()).isTrue();
        }
    }
}
