package dev.fovea.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A run that fails midway logs its failure: the user's terminal gets one line, the log file the trace. */
class StderrTracesTest {
    @TempDir
    Path logs;

    @Test
    void stackTracesGoToTheLogFileOnly() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Logging.configure(logs, 0);
            LoggerFactory.getLogger("dev.fovea.indexer.pipeline.IndexingRun")
                    .error("Indexing failed", new IllegalStateException("the disk is full"));
        } finally {
            System.setErr(original);
        }
        String stderr = captured.toString(StandardCharsets.UTF_8);
        assertThat(stderr).contains("Indexing failed").doesNotContain("\tat ").doesNotContain("IllegalStateException");
        assertThat(Files.readString(logs.resolve("fovea.log")))
                .contains("Indexing failed")
                .contains("java.lang.IllegalStateException: the disk is full")
                .contains("\tat ");
    }
}
