package dev.fovea.search.onnx;

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

        String first = ChildJvm.run(temp, OnnxEnvironmentChild.class);
        String second = ChildJvm.run(temp, OnnxEnvironmentChild.class);

        assertThat(second).isEqualTo(first).isNotBlank();
        List<String> names = ChildJvm.namesUnder(temp);
        assertThat(names).noneMatch(name -> name.startsWith("onnxruntime-java"));
        assertThat(names.stream().filter(name -> name.endsWith("libonnxruntime.so")))
                .hasSize(1);
    }
}
