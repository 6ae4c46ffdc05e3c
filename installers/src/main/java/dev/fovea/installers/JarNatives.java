package dev.fovea.installers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A library jar that carries native code for every platform and extracts the right one to a temporary
 * folder at every start. In the package the jar keeps only its classes, this platform's libraries sit in
 * a folder of their own, and the JVM options point the library at them: the package is smaller and the
 * app starts without writing to the temporary folder.
 *
 * @param jarPrefix   how the jar's file name starts (its version follows)
 * @param nativeRoot  the folder in the jar that holds the native libraries of all platforms
 * @param folders     each platform's folder below nativeRoot
 * @param javaOptions the JVM options that make the library load from a folder, given that folder (with
 *                    jpackage's $APPDIR) and the names of the files extracted into it
 */
record JarNatives(
        String jarPrefix,
        String nativeRoot,
        Map<Platform, String> folders,
        BiFunction<String, List<String>, List<String>> javaOptions) {

    /** Every such jar of Fovea's: ONNX Runtime, sqlite-jdbc and JLine (through the CLI's progress bar). */
    static final List<JarNatives> ALL = List.of(
            new JarNatives(
                    "onnxruntime-",
                    "ai/onnxruntime/native/",
                    Map.of(
                            Platform.LINUX_X64,
                            "linux-x64",
                            Platform.LINUX_AARCH64,
                            "linux-aarch64",
                            Platform.MAC_AARCH64,
                            "osx-aarch64",
                            Platform.WINDOWS_X64,
                            "win-x64"),
                    (folder, files) -> List.of("-Donnxruntime.native.path=" + folder)),
            new JarNatives(
                    "sqlite-jdbc-",
                    "org/sqlite/native/",
                    Map.of(
                            Platform.LINUX_X64,
                            "Linux/x86_64",
                            Platform.LINUX_AARCH64,
                            "Linux/aarch64",
                            Platform.MAC_AARCH64,
                            "Mac/aarch64",
                            Platform.WINDOWS_X64,
                            "Windows/x86_64"),
                    (folder, files) ->
                            List.of("-Dorg.sqlite.lib.path=" + folder, "-Dorg.sqlite.lib.name=" + only(files))),
            new JarNatives(
                    "jline-native-",
                    "org/jline/nativ/",
                    Map.of(
                            Platform.LINUX_X64,
                            "Linux/x86_64",
                            Platform.LINUX_AARCH64,
                            "Linux/arm64",
                            Platform.MAC_AARCH64,
                            "Mac/arm64",
                            Platform.WINDOWS_X64,
                            "Windows/x86_64"),
                    (folder, files) ->
                            List.of("-Dlibrary.jline.path=" + folder, "-Dlibrary.jline.name=" + only(files))));

    static boolean isNativeLibrary(String fileName) {
        return fileName.endsWith(".so")
                || fileName.endsWith(".dll")
                || fileName.endsWith(".dylib")
                || fileName.endsWith(".jnilib");
    }

    boolean matches(Path jar) {
        return jar.getFileName().toString().startsWith(jarPrefix);
    }

    /** A short name for the library's folder in the package. */
    String name() {
        return jarPrefix.substring(0, jarPrefix.length() - 1);
    }

    /**
     * Copies the jar to {@code jarCopy} without any native code, and extracts the platform's libraries
     * into {@code libraryFolder}. Returns the names of the extracted files.
     */
    List<String> split(Path jar, Platform platform, Path jarCopy, Path libraryFolder) throws IOException {
        String platformFolder = nativeRoot + folders.get(platform) + "/";
        List<String> extracted = new ArrayList<>();
        Files.createDirectories(libraryFolder);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jarCopy))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (!name.startsWith(nativeRoot) || name.endsWith(".class")) {
                    copy(entry, in, out);
                } else if (isPlatformLibrary(name, platformFolder)) {
                    String fileName = name.substring(platformFolder.length());
                    Files.copy(in, libraryFolder.resolve(fileName));
                    extracted.add(fileName);
                }
            }
        }
        if (extracted.isEmpty()) {
            throw new PackagingException(jar + " has no native libraries under " + platformFolder
                    + ": the library's layout changed; update JarNatives for its new version.");
        }
        return List.copyOf(extracted);
    }

    // Only the platform folder's own files: ONNX Runtime also keeps debug symbols in subfolders (.dSYM).
    private static boolean isPlatformLibrary(String name, String platformFolder) {
        return name.startsWith(platformFolder)
                && name.indexOf('/', platformFolder.length()) < 0
                && isNativeLibrary(name);
    }

    private static void copy(ZipEntry entry, InputStream in, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setLastModifiedTime(entry.getLastModifiedTime());
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
    }

    private static String only(List<String> files) {
        if (files.size() != 1) {
            throw new PackagingException("Expected one native library, found " + files);
        }
        return files.getFirst();
    }
}
