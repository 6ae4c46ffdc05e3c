package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a C locale Java can represent only ASCII file names; a non-ASCII --home must give a message that
 * says so and what to do, not a raw InvalidPathException.
 */
class PathEncodingTest {
    @TempDir
    Path temp;

    @Test
    void aNonAsciiHomeUnderTheCLocaleSaysWhatToDo() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the C locale's ASCII file names are Linux's");
        ProcessBuilder child = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.fovea.app.Main",
                        "--home",
                        temp + "/fotos-café",
                        "status"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        child.environment().put("LC_ALL", "C");
        Process process = child.start();
        String err = read(process);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isNotZero();
        assertThat(err)
                .startsWith("fovea: ")
                .contains("UTF-8")
                .doesNotContain("InvalidPathException")
                .doesNotContain("\tat ");
    }

    private static String read(Process process) throws IOException {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
