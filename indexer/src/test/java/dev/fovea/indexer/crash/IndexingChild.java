package dev.fovea.indexer.crash;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.decode.DecodedImage;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.PhotoDecoding;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.ImageIoDecoding;
import java.nio.file.Path;

/** The process the crash test kills: indexes a library into a home, logging every encoding. Args: home photos log run. */
public final class IndexingChild {
    private IndexingChild() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path photos = Path.of(args[1]);
        LoggingEncoder encoder = new LoggingEncoder(Path.of(args[2]), args[3]);
        ImageIoDecoding imageIo = new ImageIoDecoding();
        // A little slower than ImageIO alone so that kills land in every stage of the run.
        PhotoDecoding decoder = (file, side) -> {
            DecodedImage decoded = imageIo.decode(file, side);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return decoded;
        };
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            library.startIndexing(
                            encoder,
                            decoder,
                            IndexingOptions.defaults().withDecodeThreads(2).withBatchSize(4),
                            null)
                    .await();
        }
        System.exit(0);
    }
}
