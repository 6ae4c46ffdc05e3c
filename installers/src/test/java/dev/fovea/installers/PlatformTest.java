package dev.fovea.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformTest {
    @Test
    void recognisesTheSystemsFoveaShipsFor() {
        assertThat(Platform.of("Linux", "amd64")).isEqualTo(Platform.LINUX_X64);
        assertThat(Platform.of("Linux", "aarch64")).isEqualTo(Platform.LINUX_AARCH64);
        assertThat(Platform.of("Mac OS X", "aarch64")).isEqualTo(Platform.MAC_AARCH64);
        assertThat(Platform.of("Windows 11", "amd64")).isEqualTo(Platform.WINDOWS_X64);
    }

    @Test
    void refusesIntelMacsForWantOfOnnxRuntime() {
        assertThatThrownBy(() -> Platform.of("Mac OS X", "x86_64"))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("Mac OS X x86_64")
                .hasMessageContaining("ONNX Runtime");
    }

    @Test
    void windowsKeepsRuntimeLibrariesInBin() {
        assertThat(Platform.WINDOWS_X64.runtimeLibraryFolder()).isEqualTo("bin");
        assertThat(Platform.LINUX_X64.runtimeLibraryFolder()).isEqualTo("lib");
    }

    @Test
    void namesEachSystemAsBytedecosJarsDo() {
        assertThat(Platform.LINUX_X64.javacppPlatform()).isEqualTo("linux-x86_64");
        assertThat(Platform.LINUX_AARCH64.javacppPlatform()).isEqualTo("linux-arm64");
        assertThat(Platform.MAC_AARCH64.javacppPlatform()).isEqualTo("macosx-arm64");
        assertThat(Platform.WINDOWS_X64.javacppPlatform()).isEqualTo("windows-x86_64");
    }
}
