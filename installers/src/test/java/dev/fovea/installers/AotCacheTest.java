package dev.fovea.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
    @TempDir
    Path folder;

    @Test
    void theLauncherMapsTheCacheBesideItsJarsAfterJpackagesOptions() throws IOException {
        Path config = folder.resolve("Fovea.cfg");
        Files.writeString(config, """
                [Application]
                app.classpath=$APPDIR/fovea-app.jar
                app.mainclass=dev.fovea.app.Main

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-Dorg.sqlite.lib.name=libsqlitejdbc.so
                """);

        AotCache.addJavaOptions(config);

        assertThat(Files.readAllLines(config))
                .containsSubsequence(
                        "java-options=-Dorg.sqlite.lib.name=libsqlitejdbc.so",
                        "java-options=-XX:AOTCache=$APPDIR/fovea.aot",
                        "java-options=-Xlog:aot*=off,cds*=off")
                .endsWith("java-options=-Xlog:aot*=off,cds*=off");
    }

    @Test
    void aConfigurationWithoutJavaOptionsIsRefusedRatherThanGuessedAt() throws IOException {
        Path config = folder.resolve("Fovea.cfg");
        Files.writeString(config, "[Application]\napp.mainclass=dev.fovea.app.Main\n");

        assertThatThrownBy(() -> AotCache.addJavaOptions(config))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("no java-options");
        assertThat(Files.readString(config)).doesNotContain("AOTCache");
    }
}
