package dev.fovea.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarNativesTest {
    @TempDir
    Path folder;

    private final JarNatives jline = JarNatives.ALL.stream()
            .filter(natives -> natives.jarPrefix().equals("jline-native-"))
            .findFirst()
            .orElseThrow();

    @Test
    void keepsTheClassesAndExtractsOnlyThisPlatformsLibraries() throws IOException {
        Path jar = jar(
                "jline-native-3.24.1.jar",
                Map.of(
                        "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n",
                        "org/jline/nativ/JLineNativeLoader.class", "classes",
                        "org/jline/nativ/Linux/x86_64/libjlinenative.so", "linux x64",
                        "org/jline/nativ/Linux/arm64/libjlinenative.so", "linux arm64",
                        "org/jline/nativ/Windows/x86_64/jlinenative.dll", "windows"));

        List<String> extracted =
                jline.split(jar, Platform.LINUX_X64, folder.resolve("copy.jar"), folder.resolve("native"));

        assertThat(extracted).containsExactly("libjlinenative.so");
        assertThat(folder.resolve("native/libjlinenative.so")).hasContent("linux x64");
        assertThat(entries(folder.resolve("copy.jar")))
                .containsExactlyInAnyOrder("META-INF/MANIFEST.MF", "org/jline/nativ/JLineNativeLoader.class");
    }

    @Test
    void leavesDebugSymbolsInSubfoldersBehind() throws IOException {
        JarNatives onnxRuntime = JarNatives.ALL.getFirst();
        Path jar = jar(
                "onnxruntime-1.29.0.jar",
                Map.of(
                        "ai/onnxruntime/OrtSession.class", "classes",
                        "ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib", "library",
                        "ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib.dSYM/Contents/Resources/DWARF/libonnxruntime.dylib",
                                "symbols"));

        List<String> extracted =
                onnxRuntime.split(jar, Platform.MAC_AARCH64, folder.resolve("copy.jar"), folder.resolve("native"));

        assertThat(extracted).containsExactly("libonnxruntime.dylib");
        assertThat(entries(folder.resolve("copy.jar"))).containsExactly("ai/onnxruntime/OrtSession.class");
    }

    @Test
    void aJarWithoutThisPlatformsLibrariesStopsThePackaging() throws IOException {
        Path jar = jar("jline-native-9.jar", Map.of("org/jline/nativ/Linux/x86_64/libjlinenative.so", "linux x64"));

        assertThatThrownBy(() ->
                        jline.split(jar, Platform.WINDOWS_X64, folder.resolve("copy.jar"), folder.resolve("native")))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("org/jline/nativ/Windows/x86_64/")
                .hasMessageContaining("update JarNatives");
    }

    @Test
    void theOptionsPointTheLibrariesAtTheirFolder() {
        assertThat(jline.javaOptions().apply("$APPDIR/native/jline-native", List.of("libjlinenative.so")))
                .containsExactly(
                        "-Dlibrary.jline.path=$APPDIR/native/jline-native", "-Dlibrary.jline.name=libjlinenative.so");
        assertThat(JarNatives.ALL.getFirst().javaOptions().apply("$APPDIR/native/onnxruntime", List.of("a.so", "b.so")))
                .containsExactly("-Donnxruntime.native.path=$APPDIR/native/onnxruntime");
    }

    @Test
    void everyJarKnowsEveryPlatform() {
        for (JarNatives natives : JarNatives.ALL) {
            assertThat(natives.folders()).as(natives.jarPrefix()).containsOnlyKeys(Platform.values());
        }
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = folder.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().forEach(entry -> names.add(entry.getName()));
            return names;
        }
    }
}
