package dev.fovea.indexer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        String catalog = home.resolve("catalog.db").toString();

        String first = ChildJvm.run(temp, CatalogChild.class, catalog);
        String second = ChildJvm.run(temp, CatalogChild.class, catalog);

        assertThat(second).isEqualTo(first);
        assertThat(Path.of(first)).startsWith(temp.resolve("fovea-" + System.getProperty("user.name")));
        List<String> names = ChildJvm.namesUnder(temp);
        assertThat(names).noneMatch(name -> name.startsWith("sqlite-"));
        assertThat(names.stream().filter(name -> name.endsWith("libsqlitejdbc.so")))
                .hasSize(1);
    }
}
