package dev.fovea.indexer.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a fault-injection test reports: one line of counts, then its own details, printed and kept in
 * {@code target/<file>} for {@code .ci/run} to print.
 */
public final class FaultReport {
    private FaultReport() {}

    /** {@code "<what>: N faults injected, N runs recovered, N rows lost"}. */
    public static String counts(String what, int faults, int recovered, long rowsLost) {
        return String.format(
                Locale.ROOT,
                "%s: %d faults injected, %d runs recovered, %d rows lost",
                what,
                faults,
                recovered,
                rowsLost);
    }

    /** Prints the report, and writes it to {@code target/fileName} when the test runs in a module that has one. */
    public static void publish(String fileName, String report) throws IOException {
        System.out.print(report);
        Path target = Path.of(System.getProperty("user.dir"), "target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve(fileName), report, StandardCharsets.UTF_8);
        }
    }
}
