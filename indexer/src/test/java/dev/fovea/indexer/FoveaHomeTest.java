package dev.fovea.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoveaHomeTest {
    private final Path user = Path.of("/home/ana");

    @Test
    void explicitFolderWinsOverEnvironment() {
        FoveaHome home = FoveaHome.resolve(Path.of("/data/fovea"), Map.of("FOVEA_HOME", "/elsewhere"), "Linux", user);
        assertThat(home.root()).isEqualTo(Path.of("/data/fovea"));
    }

    @Test
    void environmentVariableWinsOverPlatformDefault() {
        assertThat(FoveaHome.resolve(null, Map.of("FOVEA_HOME", "/elsewhere"), "Linux", user)
                        .root())
                .isEqualTo(Path.of("/elsewhere"));
    }

    @Test
    void followsEachPlatformsConvention() {
        assertThat(FoveaHome.resolve(null, Map.of(), "Linux", user).root())
                .isEqualTo(Path.of("/home/ana/.local/share/fovea"));
        assertThat(FoveaHome.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", user)
                        .root())
                .isEqualTo(Path.of("/xdg/fovea"));
        assertThat(FoveaHome.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", user)
                        .root())
                .as("XDG says relative values are ignored")
                .isEqualTo(Path.of("/home/ana/.local/share/fovea"));
        assertThat(FoveaHome.resolve(null, Map.of(), "Mac OS X", user).root())
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Fovea"));
        assertThat(FoveaHome.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", user)
                        .root())
                .isEqualTo(Path.of("/appdata/Fovea"));
    }
}
