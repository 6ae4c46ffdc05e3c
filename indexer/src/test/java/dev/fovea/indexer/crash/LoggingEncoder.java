package dev.fovea.indexer.crash;

import dev.fovea.indexer.hash.ContentHash;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.ForwardingEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The colour stand-in model, appending one line per encoded image (the SHA-256 of its model input) to a log
 * before returning: the log survives a kill -9 (the write is in the OS), so it counts every encoding done.
 */
final class LoggingEncoder extends ForwardingEncoder {
    private final Path log;
    private final String run;

    LoggingEncoder(Path log, String run) {
        super(new ColourEncoder());
        this.log = log;
        this.run = run;
    }

    static String inputKey(float[] tensor, int from, int length) {
        ByteBuffer bytes = ByteBuffer.allocate(length * 4);
        bytes.asFloatBuffer().put(Arrays.copyOfRange(tensor, from, from + length));
        return ContentHash.of(bytes.array());
    }

    @Override
    public float[][] encode(float[] batch, int count) {
        float[][] vectors = super.encode(batch, count);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append(run)
                    .append(' ')
                    .append(inputKey(batch, i * tensorLength(), tensorLength()))
                    .append('\n');
        }
        try {
            Files.writeString(log, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vectors;
    }
}
