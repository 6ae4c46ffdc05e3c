package dev.fovea.indexer.crash;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.decode.DecodedImage;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.PhotoDecoding;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.ImageIoDecoding;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The process the crash tests kill or stop: indexes a library into a home, logging every encoding. Args: home photos
 * log run [decode-pause-ms per-file-limit-ms].
 */
public final class IndexingChild {
    private IndexingChild() {}

    /** Starts the child in a JVM of its own, appending what it prints to {@code output}. */
    static Process start(Path home, Path photos, Path log, Path output, int run, long... pauseAndLimitMillis)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                IndexingChild.class.getName(),
                home.toString(),
                photos.toString(),
                log.toString(),
                Integer.toString(run)));
        for (long millis : pauseAndLimitMillis) {
            command.add(Long.toString(millis));
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path photos = Path.of(args[1]);
        LoggingEncoder encoder = new LoggingEncoder(Path.of(args[2]), args[3]);
        ImageIoDecoding imageIo = new ImageIoDecoding();
        // A little slower than ImageIO alone so that kills land in every stage of the run.
        long pause = args.length > 4 ? Long.parseLong(args[4]) : 10;
        IndexingOptions options =
                IndexingOptions.defaults().withDecodeThreads(2).withBatchSize(4);
        if (args.length > 5) {
            options = options.withPerFileTimeout(Duration.ofMillis(Long.parseLong(args[5])));
        }
        PhotoDecoding decoder = (file, side) -> {
            DecodedImage decoded = imageIo.decode(file, side);
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return decoded;
        };
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            library.startIndexing(encoder, decoder, options, null).await();
        }
        System.exit(0);
    }
}
