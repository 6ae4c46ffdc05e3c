package dev.fovea.indexer.fault;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.decode.DecodedImage;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.PhotoDecoding;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.ForwardingEncoder;
import dev.fovea.indexer.testing.ImageIoDecoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The process {@link KillDuringSwitchAndRemovalTest} kills. Args: {@code switch HOME MODEL LOG} indexes the library
 * with the colour model under the id MODEL (a model switch when the library was indexed with another), appending a
 * line to LOG after each encoded batch; {@code remove HOME FOLDER LOG} takes the writer's role as the app does,
 * writes "ready" to LOG, then removes the folder from the library.
 */
public final class FaultChild {
    private FaultChild() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[1]);
        Path log = Path.of(args[3]);
        try (Library library = Library.open(home)) {
            switch (args[0]) {
                case "switch" -> {
                    ImageIoDecoding imageIo = new ImageIoDecoding();
                    // A little slower than ImageIO alone so that kills land in every stage of the run.
                    PhotoDecoding decoder = (file, side) -> {
                        DecodedImage decoded = imageIo.decode(file, side);
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return decoded;
                    };
                    library.startIndexing(
                                    new ProgressLoggingEncoder(new ColourEncoder(args[2]), log),
                                    decoder,
                                    IndexingOptions.defaults()
                                            .withDecodeThreads(2)
                                            .withBatchSize(4),
                                    null)
                            .await();
                }
                case "remove" -> {
                    library.claimIndexing();
                    library.index(new ColourEncoder().modelId(), new ColourEncoder().dimensions());
                    append(log, "ready\n");
                    library.removeRoot(Path.of(args[2]));
                }
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
        System.exit(0);
    }

    static void append(Path log, String line) {
        try {
            Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour model, logging each batch it encoded (the write is in the OS before the batch moves on). */
    private static final class ProgressLoggingEncoder extends ForwardingEncoder {
        private final Path log;

        ProgressLoggingEncoder(ColourEncoder model, Path log) {
            super(model);
            this.log = log;
        }

        @Override
        public float[][] encode(float[] batch, int count) {
            float[][] vectors = super.encode(batch, count);
            append(log, count + "\n");
            return vectors;
        }
    }
}
