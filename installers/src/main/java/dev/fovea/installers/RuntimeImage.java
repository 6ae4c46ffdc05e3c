package dev.fovea.installers;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Java runtime the packages carry: jlink's trim of this JDK to the modules Fovea uses, with JavaFX
 * linked in from its modular jars. JavaFX's native libraries go to the runtime's library folder, where the
 * JVM finds them, instead of staying inside the modules, from where JavaFX would copy them to ~/.openjfx
 * at first start.
 */
final class RuntimeImage {
    /**
     * jdeps over app/target finds java.base, java.compiler, java.desktop, java.logging, java.naming, java.net.http,
     * java.sql, java.xml, jdk.incubator.vector, jdk.jfr and JavaFX; the rest are used without a static reference.
     */
    static final List<String> MODULES = List.of(
            "java.desktop", // ImageIO and the TwelveMonkeys plugins
            "java.compiler", // annotation types Caffeine's classes refer to
            "java.logging", // java.util.logging, bridged to SLF4J
            "java.naming", // Logback's configuration code
            "java.sql", // sqlite-jdbc
            "java.xml", // metadata-extractor (XMP), Logback
            "java.net.http", // model downloads
            "jdk.crypto.ec", // HTTPS downloads; empty since JDK 22 moved its code into java.base
            "java.management", // Lucene reads heap and JVM facts through it
            "jdk.management",
            "jdk.unsupported", // sun.misc.Unsafe, which several libraries probe for
            "jdk.incubator.vector", // Lucene's SIMD vector search
            "jdk.jfr", // the search's stages as flight-recorder events
            "jdk.localedata", // the Portuguese UI's dates and numbers (trimmed to en and pt below)
            "jdk.charsets", // EXIF text in non-UTF-8 encodings (Shift_JIS from Japanese cameras)
            "jdk.zipfs", // model archives
            "javafx.controls",
            "javafx.fxml");

    private final Tool jlink;
    private final Platform platform;

    RuntimeImage(Tool jlink, Platform platform) {
        this.jlink = jlink;
        this.platform = platform;
    }

    void create(Path javafxFolder, Path output) throws IOException {
        List<Path> javafxModules = javafxModules(javafxFolder);
        jlink.run(List.of(
                "--module-path",
                String.join(
                        File.pathSeparator,
                        javafxModules.stream().map(Path::toString).toList()),
                "--add-modules",
                String.join(",", MODULES),
                "--include-locales=en,pt",
                "--strip-debug",
                "--no-man-pages",
                "--no-header-files",
                // Uncompressed: the packages compress the runtime better than jlink does (measured: .deb
                // 71 MB with zip-6, 52 MB without), and classes load without inflating.
                "--compress=zip-0",
                // Class data sharing for the JDK's own classes: about 12% less CPU to start the CLI.
                "--generate-cds-archive",
                // JavaFX's native libraries are copied out below; SWT interop is never used.
                "--exclude-resources=regex:/javafx\\.[a-z.]+/[^/]+\\.(so|dll|dylib),/javafx.graphics/javafx-swt.jar",
                "--output",
                output.toString()));
        Path libraries = output.resolve(platform.runtimeLibraryFolder());
        for (Path module : javafxModules) {
            extractNativeLibraries(module, libraries);
        }
        // The second archive serves only heaps of 32 GB and more, which a photo app never gets by default.
        Files.deleteIfExists(libraries.resolve("server/classes_nocoops.jsa"));
    }

    /** The platform's JavaFX jars; Maven also resolves an empty jar per module that jlink must not see. */
    static List<Path> javafxModules(Path javafxFolder) throws IOException {
        List<Path> modules = new ArrayList<>();
        try (Stream<Path> jars = Files.list(javafxFolder)) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar"))
                    .sorted()
                    .toList()) {
                if (hasEntry(jar, "module-info.class")) {
                    modules.add(jar);
                }
            }
        }
        if (modules.isEmpty()) {
            throw new PackagingException(
                    "No JavaFX modules in " + javafxFolder + ": build the app first (./mvnw -pl app -am package).");
        }
        return modules;
    }

    private static boolean hasEntry(Path jar, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void extractNativeLibraries(Path jar, Path folder) throws IOException {
        try (InputStream file = Files.newInputStream(jar);
                ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.indexOf('/') < 0 && JarNatives.isNativeLibrary(name)) {
                    Files.copy(in, folder.resolve(name));
                }
            }
        }
    }
}
