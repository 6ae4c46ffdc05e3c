package dev.fovea.app.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.FoveaHome;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryCacheTest {
    @TempDir
    Path home;

    @Test
    void javaCppUnpacksIntoTheHomesCacheRatherThanTheUsersHome() {
        Properties properties = new Properties();

        NativeLibraryCache.keepIn(new FoveaHome(home), properties);

        assertThat(properties.getProperty(NativeLibraryCache.PROPERTY))
                .isEqualTo(home.resolve("cache").resolve("javacpp").toString());
    }

    @Test
    void aFolderGivenOnTheJvmsCommandLineIsKept() {
        Properties properties = new Properties();
        properties.setProperty(NativeLibraryCache.PROPERTY, "/elsewhere");

        NativeLibraryCache.keepIn(new FoveaHome(home), properties);

        assertThat(properties.getProperty(NativeLibraryCache.PROPERTY)).isEqualTo("/elsewhere");
    }

    @Test
    void testsRunWithTheCacheInTheBuildFolder() {
        Path cache = Path.of(System.getProperty(NativeLibraryCache.PROPERTY));

        assertThat(cache.toAbsolutePath()
                        .startsWith(
                                Path.of(System.getProperty("fovea.repo.root")).toAbsolutePath()))
                .as(cache.toString())
                .isTrue();
    }
}
