package dev.fovea.indexer.video;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.SearchIndex;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.catalog.PhotoStatus;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.indexer.pipeline.PhotoEncoder;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.indexer.testing.TestVideos;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.index.IndexView;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.index.VectorHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Videos through the whole indexer: scan, sampling, embedding, catalog, and the block-join index. */
class VideoIndexingTest {
    @TempDir
    Path temp;

    @BeforeAll
    static void needsFfmpeg() {
        TestVideos.assumeFfmpeg();
    }

    @Test
    void aVideoIsIndexedFrameByFrameAndFoundAtTheBlueMoment() throws Exception {
        Path media = temp.resolve("media");
        Files.createDirectories(media);
        TestPhotos.jpeg(media.resolve("photo.jpg"), 320, 240, 3);
        TestVideos.h264(
                media.resolve("rgb.mp4"),
                TestVideos.redGreenBlue(),
                "-metadata",
                "creation_time=2021-07-04T10:00:00Z",
                "-metadata",
                "location=+38.7139-009.1394/");
        Files.writeString(media.resolve("renamed-text.mov"), "hello\n".repeat(50));
        ColourEncoder encoder = new ColourEncoder();

        try (Library library = Library.open(temp.resolve("home"))) {
            library.addRoot(media);
            IndexingSummary summary = library.startIndexing(
                            encoder,
                            new ImageIoDecoding(),
                            IndexingOptions.defaults().withDecodeThreads(2),
                            null)
                    .await();
            assertThat(summary.filesSeen()).isEqualTo(3);

            PhotoRow video = library.photo(media.resolve("rgb.mp4")).orElseThrow();
            assertThat(video.status()).isEqualTo(PhotoStatus.INDEXED);
            assertThat(video.metadata().fileType()).isEqualTo("mp4");
            assertThat(video.metadata().width()).isEqualTo(320);
            assertThat(video.metadata().takenAt().local()).isEqualTo(LocalDateTime.of(2021, 7, 4, 10, 0));
            assertThat(video.metadata().latitude()).isEqualTo(38.7139);
            assertThat(video.metadata().longitude()).isEqualTo(-9.1394);
            assertThat(library.thumbnail(video.id())).isPresent();

            PhotoRow text = library.photo(media.resolve("renamed-text.mov")).orElseThrow();
            assertThat(text.status()).isEqualTo(PhotoStatus.SKIPPED);
            assertThat(text.skipReason()).isEqualTo(VideoSampler.UNKNOWN_FORMAT);
            assertThat(library.verify().consistent()).isTrue();

            try (SearchIndex search = library.searchIndex().orElseThrow();
                    IndexView view = search.index().view()) {
                assertThat(view.size()).isEqualTo(2);
                assertThat(view.frames()).isEqualTo(3);
                float[] blue = encoder.encode(blueTensor(encoder), 1)[0];
                VectorHit best = view.nearest(blue, 5, null).getFirst();
                StoredPhoto found = view.photo(best.doc());
                assertThat(found.path()).isEqualTo(media.resolve("rgb.mp4").toString());
                assertThat(found.momentSeconds()).isBetween(8.0, 12.0);
            }
        }
    }

    private static float[] blueTensor(ColourEncoder encoder) {
        float[] tensor = new float[encoder.tensorLength()];
        int plane = tensor.length / 3;
        java.util.Arrays.fill(tensor, 2 * plane, 3 * plane, 1f);
        return tensor;
    }

    @Test
    void photosAreIndexedBeforeVideos() throws Exception {
        Path media = temp.resolve("media");
        TestVideos.h264(Files.createDirectories(media.resolve("a")).resolve("first.mp4"), TestVideos.redGreenBlue());
        for (int i = 0; i < 3; i++) {
            TestPhotos.jpeg(media.resolve("z/photo" + i + ".jpg"), 160, 120, i);
        }
        ColourEncoder colours = new ColourEncoder();
        List<Integer> widths = new CopyOnWriteArrayList<>();
        PhotoEncoder recording = new PhotoEncoder() {
            @Override
            public String modelId() {
                return colours.modelId();
            }

            @Override
            public int dimensions() {
                return colours.dimensions();
            }

            @Override
            public int inputSize() {
                return colours.inputSize();
            }

            @Override
            public int tensorLength() {
                return colours.tensorLength();
            }

            @Override
            public void preprocess(PixelImage image, float[] target, int offset) {
                widths.add(image.width());
                colours.preprocess(image, target, offset);
            }

            @Override
            public float[][] encode(float[] batch, int count) {
                return colours.encode(batch, count);
            }
        };
        try (Library library = Library.open(temp.resolve("home"))) {
            library.addRoot(media);
            library.startIndexing(
                            recording,
                            new ImageIoDecoding(),
                            IndexingOptions.defaults().withDecodeThreads(1),
                            null)
                    .await();
        }
        // Photos are 160 px wide; the video's 320 x 240 frames come scaled by FFmpeg to what the model and a
        // widescreen thumbnail need (203 px high, so 271 wide): the video sorts first by path but comes last.
        assertThat(widths).containsExactly(160, 160, 160, 271, 271, 271);
    }
}
