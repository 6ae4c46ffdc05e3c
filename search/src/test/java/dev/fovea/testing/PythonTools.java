package dev.fovea.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code python -m fovea_tools.MODULE ARGS} (or a snippet) from {@code tools/} in the environment of
 * {@link TestData#python()} (the test is skipped when it is absent) and returns what it printed.
 */
public final class PythonTools {
    private static final long TIMEOUT_MINUTES = 10;

    private PythonTools() {}

    public static String run(String module, String... arguments) {
        List<String> command = new ArrayList<>(List.of(TestData.python().toString(), "-m", "fovea_tools." + module));
        command.addAll(List.of(arguments));
        return execute(command);
    }

    /** {@code python -c PROGRAM}, for asking Python a small question. */
    public static String evaluate(String program) {
        return execute(List.of(TestData.python().toString(), "-c", program));
    }

    private static String execute(List<String> command) {
        try {
            Path stderr = Files.createTempFile("fovea-python-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(TestData.repoRoot().resolve("tools").toFile())
                        .redirectError(stderr.toFile());
                // Python's ONNX Runtime keeps a device id under XDG_CACHE_HOME like Java's would: not in tests.
                builder.environment().put("ORT_DISABLE_TELEMETRY", "1");
                Process process = builder.start();
                process.getOutputStream().close();
                String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(
                            String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                            + "):\n" + Files.readString(stderr));
                }
                return stdout;
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
