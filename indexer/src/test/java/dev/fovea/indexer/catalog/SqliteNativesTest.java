package dev.fovea.indexer.catalog;

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
 * sqlite-jdbc's loader copies its native library into the temporary folder on every start, and a killed process
 * leaves the copy behind. Fovea processes share one copy and remove what earlier runs left.
 */
class SqliteNativesTest {
    @TempDir
    Path temp;

    @TempDir
    Path home;

    @Test
    void runsLeaveNothingInTheTemporaryFolderAndShareOneCopyOfTheLibrary() throws Exception {
        Path stale = temp.resolve("sqlite-3.50.3.0-0a507a38-ac41-4788-95f2-0dff4e171f40-libsqlitejdbc.so");
        Files.writeString(stale, "left by a process killed yesterday");
        Path staleLock = Path.of(stale + ".lck");
        Files.writeString(staleLock, "");
        for (Path file : List.of(stale, staleLock)) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        }

        String first = runChild();
        String second = runChild();

        assertThat(second).isEqualTo(first);
        assertThat(Path.of(first)).startsWith(temp.resolve("fovea-" + System.getProperty("user.name")));
        try (Stream<Path> files = Files.walk(temp)) {
            List<String> names =
                    files.map(path -> temp.relativize(path).toString()).toList();
            assertThat(names).noneMatch(name -> name.startsWith("sqlite-"));
            assertThat(names.stream().filter(name -> name.endsWith("libsqlitejdbc.so")))
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
                        CatalogChild.class.getName(),
                        home.resolve("catalog.db").toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<String> lines = output.strip().lines().toList();
        return lines.getLast();
    }
}
