package dev.fovea.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.DecodedImage;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.pipeline.DecoderAdapter;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.indexer.pipeline.PhotoDecoding;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.TestPhotos;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fovea index --exact}: photos embedded from the reduced-scale decode are decoded at full resolution and
 * embedded again; the catalog remembers which decode made each embedding, so a later ordinary run leaves them alone
 * and status counts them.
 */
class ExactIndexingTest {
    @TempDir
    Path temp;

    /** The real decoder, recording each request the pipeline makes. */
    static final class RecordingDecoder implements PhotoDecoding {
        final DecoderAdapter decoder = new DecoderAdapter(new PhotoDecoder());
        final List<DecodeRequest> requests = new CopyOnWriteArrayList<>();

        @Override
        public DecodedImage decode(Path file, int minShortSide) {
            return decode(file, null, 0, 1, DecodeRequest.atLeast(minShortSide));
        }

        @Override
        public DecodedImage decode(Path file, byte[] content, int length, int orientation, DecodeRequest request) {
            requests.add(request);
            return decoder.decode(file, content, length, orientation, request);
        }
    }

    @Test
    void exactEmbeddingsAreMadeOnceAndKept() throws Exception {
        Path photos = temp.resolve("photos");
        for (int i = 0; i < 4; i++) {
            TestPhotos.jpeg(photos.resolve("img" + i + ".jpg"), 1600, 1200, i);
        }
        Path home = temp.resolve("home");
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);

            RecordingDecoder fast = new RecordingDecoder();
            IndexingSummary first = index(library, fast, false);
            assertThat(first.embedded()).isEqualTo(4);
            assertThat(fast.requests).hasSize(4).noneMatch(DecodeRequest::exact);
            assertThat(library.status().indexedExact()).isZero();

            RecordingDecoder exact = new RecordingDecoder();
            ColourEncoder exactEncoder = new ColourEncoder();
            IndexingSummary second = library.startIndexing(
                            exactEncoder, exact, IndexingOptions.defaults().withExact(true), null)
                    .await();
            assertThat(second.embedded()).as("every fast embedding made again").isEqualTo(4);
            assertThat(exact.requests).hasSize(4).allMatch(DecodeRequest::exact);
            assertThat(exactEncoder.encodedImages.get()).isEqualTo(4);
            assertThat(library.status().indexedExact()).isEqualTo(4);
            assertThat(library.status().indexed()).isEqualTo(4);

            RecordingDecoder later = new RecordingDecoder();
            IndexingSummary third = index(library, later, false);
            assertThat(third.embedded()).isZero();
            assertThat(later.requests)
                    .as("an ordinary run keeps exact embeddings")
                    .isEmpty();
            assertThat(library.status().indexedExact()).isEqualTo(4);

            RecordingDecoder again = new RecordingDecoder();
            assertThat(index(library, again, true).embedded()).isZero();
            assertThat(again.requests).as("nothing left to make exact").isEmpty();
            assertThat(library.verify().consistent()).isTrue();
        }
    }

    private static IndexingSummary index(Library library, PhotoDecoding decoder, boolean exact)
            throws InterruptedException {
        return library.startIndexing(
                        new ColourEncoder(), decoder, IndexingOptions.defaults().withExact(exact), null)
                .await();
    }
}
