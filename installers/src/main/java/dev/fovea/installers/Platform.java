package dev.fovea.installers;

import java.util.List;
import java.util.Locale;

/**
 * The systems Fovea ships for. jpackage builds only for the system it runs on, so the packager always
 * packages for {@link #current()}. Intel Macs and Windows on ARM are missing because ONNX Runtime's jar
 * carries no native library for them.
 */
enum Platform {
    LINUX_X64("linux-x64", "linux-x86_64", "lib", List.of("app-image", "deb", "rpm", "appdir")),
    LINUX_AARCH64("linux-aarch64", "linux-arm64", "lib", List.of("app-image", "deb", "rpm", "appdir")),
    MAC_AARCH64("mac-aarch64", "macosx-arm64", "lib", List.of("app-image", "dmg")),
    WINDOWS_X64("windows-x64", "windows-x86_64", "bin", List.of("app-image", "msi"));

    private final String id;
    private final String javacppPlatform;
    private final String runtimeLibraryFolder;
    // List.of is unmodifiable; Error Prone cannot tell from the declared type.
    @SuppressWarnings("ImmutableEnumChecker")
    private final List<String> packageTypes;

    Platform(String id, String javacppPlatform, String runtimeLibraryFolder, List<String> packageTypes) {
        this.id = id;
        this.javacppPlatform = javacppPlatform;
        this.runtimeLibraryFolder = runtimeLibraryFolder;
        this.packageTypes = packageTypes;
    }

    static Platform current() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    static Platform of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean arm = osArch.equals("aarch64") || osArch.equals("arm64");
        boolean x64 = osArch.equals("amd64") || osArch.equals("x86_64");
        if (os.contains("linux") && (x64 || arm)) {
            return x64 ? LINUX_X64 : LINUX_AARCH64;
        }
        if (os.contains("mac") && arm) {
            return MAC_AARCH64;
        }
        if (os.contains("windows") && x64) {
            return WINDOWS_X64;
        }
        throw new PackagingException(
                "Fovea cannot be packaged on " + osName + " " + osArch
                        + ": ONNX Runtime ships native code only for Linux x64/aarch64, macOS on Apple silicon and Windows x64.");
    }

    String id() {
        return id;
    }

    /** Bytedeco's name for the system: the classifier of the jars that carry FFmpeg's and Tesseract's natives. */
    String javacppPlatform() {
        return javacppPlatform;
    }

    boolean isLinux() {
        return this == LINUX_X64 || this == LINUX_AARCH64;
    }

    boolean isMac() {
        return this == MAC_AARCH64;
    }

    /** Where a runtime image keeps native libraries: the JVM's own loader looks there first. */
    String runtimeLibraryFolder() {
        return runtimeLibraryFolder;
    }

    /** The package types this system can build, in the order they are built; app-image comes first. */
    List<String> packageTypes() {
        return packageTypes;
    }
}
