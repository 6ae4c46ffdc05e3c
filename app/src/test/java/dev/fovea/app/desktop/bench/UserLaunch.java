package dev.fovea.app.desktop.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The JVM command {@code ./fovea} runs (the built jars in app/target, jvm.args, JavaFX on the module path), with the
 * probe's own classes appended to the class path: a launch measured this way loads the app's classes as a user's
 * does, which is what an AOT cache can hold (classes from directories it cannot). The probe's classes are appended as
 * jars because a JVM that trains an AOT cache refuses any directory on its class path; a cache still serves a
 * class path longer than the one it was trained with, so the appended jars cost the app's classes nothing.
 */
final class UserLaunch {
    private final Path appTarget;
    private final List<Path> appended;

    private UserLaunch(Path appTarget, List<Path> appended) {
        this.appTarget = appTarget;
        this.appended = appended;
    }

    /**
     * Checks that app/target holds jars built from the classes this test runs on, and packs the test classes into
     * jars in {@code work}.
     */
    static UserLaunch prepare(Path work) throws IOException {
        Path appTarget = Path.of("target").toAbsolutePath();
        Path appJar = appTarget.resolve("fovea-app.jar");
        if (!Files.isRegularFile(appJar)) {
            throw new IllegalStateException(
                    "The benchmark launches the built app as ./fovea does: build it first (./mvnw -pl app -am package -DskipTests).");
        }
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
        return new UserLaunch(appTarget, appended);
    }

    /** The files a launch reads that belong to the app: what a cold start evicts from the page cache. */
    List<Path> files() {
        List<Path> files = new ArrayList<>(List.of(appTarget.resolve("fovea-app.jar"), appTarget.resolve("lib")));
        files.addAll(appended);
        return files;
    }

    /** The command that starts {@code mainClass} as the launcher would, using or training {@code aot} when given. */
    List<String> command(String mainClass, Optional<String> aotOption) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + appTarget.resolve("jvm.args"));
        aotOption.ifPresent(command::add);
        command.addAll(List.of(
                "-Xmx1g",
                "--enable-native-access=javafx.graphics",
                "--module-path",
                appTarget.resolve("lib", "javafx").toString(),
                "--add-modules",
                "javafx.controls,javafx.fxml",
                "-cp",
                Stream.concat(
                                Stream.of(
                                        appTarget.resolve("fovea-app.jar").toString(),
                                        appTarget.resolve("lib") + File.separator + "*"),
                                appended.stream().map(Path::toString))
                        .collect(Collectors.joining(File.pathSeparator)),
                mainClass));
        return command;
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
