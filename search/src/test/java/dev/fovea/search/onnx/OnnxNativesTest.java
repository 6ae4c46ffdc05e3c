package dev.fovea.search.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX Runtime's Java loader copies its 28 MB of natives into a new temporary folder on every start and leaves
 * the folder behind (the whole copy after a kill -9). Fovea processes share one copy and remove what earlier
 * runs left.
 */
class OnnxNativesTest {
    @TempDir
    Path temp;

    @Test
    void runsLeaveNothingInTheTemporaryFolderAndShareOneCopyOfTheNatives() throws Exception {
        Path stale = Files.createDirectories(temp.resolve("onnxruntime-java123456"));
        Files.writeString(stale.resolve("libonnxruntime.so"), "left by a process killed yesterday");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(1))));

        String first = runChild();
        String second = runChild();

        assertThat(second).isEqualTo(first).isNotBlank();
        try (Stream<Path> files = Files.walk(temp)) {
            List<String> names =
                    files.map(path -> temp.relativize(path).toString()).toList();
            assertThat(names).noneMatch(name -> name.startsWith("onnxruntime-java"));
            assertThat(names.stream().filter(name -> name.endsWith("libonnxruntime.so")))
                    .hasSize(1);
        }
    }

    private String runChild() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-Djava.io.tmpdir=" + temp,
                        "-cp",
                        System.getProperty("java.class.path"),
                        OnnxEnvironmentChild.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.strip();
    }
}
