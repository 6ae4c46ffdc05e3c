package dev.fovea.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppImageTest {
    @TempDir
    Path folder;

    @Test
    void theLauncherRunsWithTheBuildsJvmFlagsFirst() throws IOException {
        Path jvmArgs = folder.resolve("jvm.args");
        Files.writeString(jvmArgs, "--add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED\n");

        List<String> options =
                AppImage.javaOptions(jvmArgs, List.of("-Donnxruntime.native.path=$APPDIR/native/onnxruntime"));

        assertThat(options)
                .containsExactly(
                        "--add-modules=jdk.incubator.vector",
                        "--enable-native-access=ALL-UNNAMED",
                        "--enable-native-access=javafx.graphics",
                        "-Donnxruntime.native.path=$APPDIR/native/onnxruntime");
    }
}
