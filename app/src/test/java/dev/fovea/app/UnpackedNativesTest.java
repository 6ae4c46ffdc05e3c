package dev.fovea.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackedNativesTest {
    @TempDir
    Path natives;

    @Test
    void pointsBothLibrariesAtTheUnpackedFolders() throws IOException {
        Files.createDirectories(natives.resolve("sqlite"));
        Files.write(natives.resolve("sqlite/libsqlitejdbc.so"), new byte[] {1});
        Files.createDirectories(natives.resolve("onnxruntime"));
        Files.write(natives.resolve("onnxruntime/libonnxruntime.so"), new byte[] {1});
        Files.write(natives.resolve("onnxruntime/libonnxruntime4j_jni.so"), new byte[] {1});
        Properties system = new Properties();

        UnpackedNatives.use(natives, system);

        assertThat(system)
                .containsEntry("org.sqlite.lib.path", natives.resolve("sqlite").toString())
                .containsEntry("org.sqlite.lib.name", "libsqlitejdbc.so")
                .containsEntry(
                        "onnxruntime.native.path",
                        natives.resolve("onnxruntime").toString());
    }

    @Test
    void keepsWhatTheInstallerSet() throws IOException {
        Files.createDirectories(natives.resolve("sqlite"));
        Files.write(natives.resolve("sqlite/libsqlitejdbc.so"), new byte[] {1});
        Properties system = new Properties();
        system.setProperty("org.sqlite.lib.path", "/opt/fovea/lib/app/sqlite-jdbc");
        system.setProperty("org.sqlite.lib.name", "libsqlitejdbc.so");

        UnpackedNatives.use(natives, system);

        assertThat(system).containsEntry("org.sqlite.lib.path", "/opt/fovea/lib/app/sqlite-jdbc");
    }

    @Test
    void withoutTheFoldersTheLibrariesExtractAsBefore() throws IOException {
        Files.createDirectories(natives.resolve("onnxruntime"));
        Files.write(natives.resolve("onnxruntime/libonnxruntime.so"), new byte[] {1});
        Properties system = new Properties();

        UnpackedNatives.use(natives, system);

        assertThat(system).isEmpty();
    }

    @Test
    void theBuildUnpacksThisSystemsLibrariesBesideTheApp() {
        Path besideApp = UnpackedNatives.besideApp().orElseThrow();
        Properties system = new Properties();

        UnpackedNatives.use(besideApp, system);

        assertThat(besideApp).endsWith(Path.of("target", "natives"));
        assertThat(system).containsKeys("org.sqlite.lib.path", "onnxruntime.native.path");
    }
}
