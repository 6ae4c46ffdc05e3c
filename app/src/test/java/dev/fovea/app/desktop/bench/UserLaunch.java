package dev.fovea.app.desktop.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JVM command a user's launch runs, with the probe's own classes appended to the class path: either that of
 * {@code ./fovea} (the built jars in app/target, jvm.args, JavaFX on the module path) or, given a packaged app image
 * ({@code installers/package-linux.sh --type app-image}), that of its native launcher (its trimmed runtime, its
 * jars, the options of its launcher configuration) with the AOT cache it ships. A launch measured this way loads the
 * app's classes as a user's does, which is what an AOT cache can hold (classes from directories it cannot). The
 * probe's classes are appended as jars because a JVM that trains an AOT cache refuses any directory on its class
 * path; a cache still serves a class path longer than the one it was trained with, so the appended jars cost the
 * app's classes nothing.
 */
final class UserLaunch {
    private final Path java;
    private final List<String> options;
    private final List<String> classPath;
    private final List<Path> appFiles;
    private final Optional<Path> shippedCache;

    private UserLaunch(
            Path java, List<String> options, List<String> classPath, List<Path> appFiles, Optional<Path> shippedCache) {
        this.java = java;
        this.options = options;
        this.classPath = classPath;
        this.appFiles = appFiles;
        this.shippedCache = shippedCache;
    }

    /**
     * Checks that app/target holds jars built from the classes this test runs on, and packs the test classes into
     * jars in {@code work}.
     */
    static UserLaunch prepare(Path work) throws IOException {
        Path appTarget = appTarget();
        List<Path> appended = appended(work, appTarget);
        List<String> classPath = new ArrayList<>(List.of(
                appTarget.resolve("fovea-app.jar").toString(), appTarget.resolve("lib") + File.separator + "*"));
        appended.forEach(jar -> classPath.add(jar.toString()));
        List<Path> files = new ArrayList<>(List.of(appTarget.resolve("fovea-app.jar"), appTarget.resolve("lib")));
        files.addAll(appended);
        return new UserLaunch(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                List.of(
                        "@" + appTarget.resolve("jvm.args"),
                        "--enable-native-access=javafx.graphics",
                        "--module-path",
                        appTarget.resolve("lib", "javafx").toString(),
                        "--add-modules",
                        "javafx.controls,javafx.fxml"),
                classPath,
                files,
                Optional.empty());
    }

    /**
     * The launch of a Linux app image packaged from the jars in app/target, as its launcher {@code bin/Fovea} runs
     * it; the AOT cache it ships is the one to measure instead of one trained by the bench.
     */
    static UserLaunch prepareAppImage(Path work, Path appImage) throws IOException {
        Path appTarget = appTarget();
        Path appFolder = appImage.resolve("lib", "app");
        if (Files.mismatch(appFolder.resolve("fovea-app.jar"), appTarget.resolve("fovea-app.jar")) != -1) {
            throw new IllegalStateException(appImage + " was not packaged from the jars in " + appTarget
                    + ": package it again (installers/package-linux.sh --type app-image).");
        }
        Path cache = appFolder.resolve("fovea.aot");
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException(appImage + " carries no AOT cache (" + cache + ").");
        }
        List<String> options = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        String appDir = appFolder.toString();
        for (String line : Files.readAllLines(appFolder.resolve("Fovea.cfg"))) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir));
            } else if (line.startsWith("java-options=") && !line.contains("AOTCache")) {
                options.add(line.substring("java-options=".length()).replace("$APPDIR", appDir));
            }
        }
        // Inside the jars' folder: the JVM finds a moved cache's jars relative to the folder every class path entry
        // shares, and a jar elsewhere would make that the root of both.
        Path probeJars = Files.createDirectories(appFolder.resolve("bench-probe"));
        for (Path jar : appended(work, appTarget)) {
            Path copy = probeJars.resolve(jar.getFileName());
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            classPath.add(copy.toString());
        }
        return new UserLaunch(
                appImage.resolve("lib", "runtime", "bin", "java"),
                options,
                classPath,
                List.of(appImage),
                Optional.of(cache));
    }

    /** The files a launch reads that belong to the app: what a cold start evicts from the page cache. */
    List<Path> files() {
        return appFiles;
    }

    /** The AOT cache the packaged app ships, if this is a packaged app's launch. */
    Optional<Path> shippedCache() {
        return shippedCache;
    }

    /** The command that starts {@code mainClass} as the launcher would, using or training {@code aot} when given. */
    List<String> command(String mainClass, Optional<String> aotOption) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        aotOption.ifPresent(command::add);
        command.addAll(List.of("-Xmx1g", "-cp", String.join(File.pathSeparator, classPath), mainClass));
        return command;
    }

    private static Path appTarget() {
        Path appTarget = Path.of("target").toAbsolutePath();
        if (!Files.isRegularFile(appTarget.resolve("fovea-app.jar"))) {
            throw new IllegalStateException(
                    "The benchmark launches the built app as ./fovea does: build it first (./mvnw -pl app -am package -DskipTests).");
        }
        return appTarget;
    }

    /** The test's class path beyond the shipped jars, the test classes packed into jars in {@code work}. */
    private static List<Path> appended(Path work, Path appTarget) throws IOException {
        Path appJar = appTarget.resolve("fovea-app.jar");
        Set<String> shipped = shippedJarNames(appTarget);
        List<Path> appended = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (Files.isDirectory(path) && path.getFileName().toString().equals("test-classes")) {
                // Named after the module (app/target/test-classes -> app-test-classes.jar).
                Path module = path.getParent().getParent();
                appended.add(jar(path, work.resolve(module.getFileName() + "-test-classes.jar")));
            } else if (Files.isDirectory(path)) {
                requireOlder(path, appJar);
            } else if (!shipped.contains(path.getFileName().toString())) {
                appended.add(path);
            }
        }
        return appended;
    }

    private static Set<String> shippedJarNames(Path appTarget) throws IOException {
        try (Stream<Path> lib = Files.walk(appTarget.resolve("lib"))) {
            return lib.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".jar"))
                    .collect(Collectors.toSet());
        }
    }

    /** A jar built before a change to the classes would measure the old app. */
    private static void requireOlder(Path classes, Path appJar) throws IOException {
        FileTime built = Files.getLastModifiedTime(appJar);
        try (Stream<Path> files = Files.walk(classes)) {
            Optional<Path> newer = files.filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            return Files.getLastModifiedTime(file).compareTo(built) > 0;
                        } catch (IOException e) {
                            return true;
                        }
                    })
                    .findAny();
            if (newer.isPresent()) {
                throw new IllegalStateException(newer.get() + " is newer than " + appJar
                        + ": rebuild the app first (./mvnw -pl app -am package -DskipTests).");
            }
        }
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
