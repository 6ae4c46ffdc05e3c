package dev.fovea.installers;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BytedecoNativesTest {
    private static List<Path> builtFor(String javacppPlatform) {
        return List.of(
                Path.of("lib/ffmpeg-8.1.2-1.5.14.jar"),
                Path.of("lib/ffmpeg-8.1.2-1.5.14-" + javacppPlatform + ".jar"),
                Path.of("lib/javacpp-1.5.14-" + javacppPlatform + ".jar"),
                Path.of("lib/tesseract-5.5.3-1.5.14-" + javacppPlatform + ".jar"),
                Path.of("lib/lucene-core-10.3.2.jar"));
    }

    @Test
    void eachSystemsPackageTakesItsOwnNatives() {
        for (Platform platform : Platform.values()) {
            assertThatCode(() -> BytedecoNatives.check(builtFor(platform.javacppPlatform()), platform))
                    .as(platform.id())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void anAppBuiltOnLinuxCannotBePackagedForMacOs() {
        assertThatThrownBy(() -> BytedecoNatives.check(builtFor("linux-x86_64"), Platform.MAC_AARCH64))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("linux-x86_64, not of macosx-arm64")
                .hasMessageContaining("-Djavacpp.platform=macosx-arm64");
    }

    @Test
    void anAppWithoutFfmpegsNativesIsRefused() {
        assertThatThrownBy(() ->
                        BytedecoNatives.check(List.of(Path.of("lib/ffmpeg-8.1.2-1.5.14.jar")), Platform.WINDOWS_X64))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("no system, not of windows-x86_64");
    }
}
