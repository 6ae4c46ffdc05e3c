package dev.fovea.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the packager against the real app/target, which the reactor builds before this module: a new
 * version of a library that moves its native code, or a JavaFX update, shows up here and not only when
 * someone builds a package.
 */
class BuiltAppTest {
    @TempDir
    Path folder;

    private Path appTarget;

    @BeforeEach
    void findTheBuiltApp() {
        appTarget = Path.of(System.getProperty("fovea.repo.root", "."), "app/target");
        assumeTrue(
                Files.isRegularFile(appTarget.resolve(AppInput.MAIN_JAR)),
                "app/target has no built app: run ./mvnw -pl installers -am verify");
    }

    @Test
    void everyNativeLibraryComesOutOfItsJarForThisSystem() throws IOException {
        Path input = folder.resolve("input");

        List<String> options =
                new AppInput(appTarget, Platform.current()).stage(input, Optional.empty(), Optional.empty());

        assertThat(options)
                .anyMatch(option -> option.startsWith("-Donnxruntime.native.path=$APPDIR/native/onnxruntime"))
                .anyMatch(option -> option.startsWith("-Dorg.sqlite.lib.name="))
                .anyMatch(option -> option.startsWith("-Dlibrary.jline.name="));
        assertThat(input.resolve("native/onnxruntime")).isNotEmptyDirectory();
        assertThat(input.resolve(AppInput.MAIN_JAR)).exists();
        try (var jars = Files.list(input)) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar"))
                    // FFmpeg's natives are not yet unpacked from their jar (versioned .so names): open in
                    // the videos issue, so this check covers every other native library.
                    .filter(path -> !path.getFileName().toString().startsWith("ffmpeg-"))
                    .toList()) {
                assertThat(Outputs.size(jar)).as(jar.getFileName().toString()).isLessThan(10_000_000);
            }
        }
    }

    @Test
    void theJavafxModulesLeaveOutMavensEmptyJars() throws IOException {
        List<Path> modules = RuntimeImage.javafxModules(appTarget.resolve("lib/javafx"));

        assertThat(modules)
                .extracting(path -> path.getFileName().toString())
                .anyMatch(name -> name.startsWith("javafx-graphics-"))
                .allMatch(name -> name.matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar"));
    }

    @Test
    void theVersionDropsTheQualifier() throws IOException {
        assertThat(Release.of(appTarget.resolve(AppInput.MAIN_JAR)).version()).matches("[0-9]+(\\.[0-9]+)*");
    }
}
