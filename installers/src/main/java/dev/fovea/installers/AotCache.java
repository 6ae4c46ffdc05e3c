package dev.fovea.installers;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The AOT cache (JDK 25, JEP 483 and 514) the Linux packages carry: the classes a desktop session of this very app
 * image loaded, parsed and linked, which the launcher maps at start instead of loading them again (the first photos
 * show sooner: docs/architecture.md, "Start-up"). Only the runtime that wrote a cache can use it, so it is trained
 * here, on the app image's own launcher and runtime: a session over a throwaway home of a few photos indexed with the
 * committed fixture model, ended once the home has opened and its folders were checked. The JVM finds the cached
 * classes' jars by their names within their folder, so the cache serves the app wherever it is installed.
 */
final class AotCache {
    static final String FILE = "fovea.aot";
    /** What the launcher adds: the cache, and silence when a JVM cannot use it (it then runs without, as before). */
    static final List<String> JAVA_OPTIONS = List.of("-XX:AOTCache=$APPDIR/" + FILE, "-Xlog:aot*=off,cds*=off");

    /** What the app logs once the folders of the home it opened were checked: the session has done its start-up. */
    private static final String STARTED_UP = "Indexing run ended";

    // Limits that only a hung app reaches: a command and the start-up take seconds, writing the cache about ten.
    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(10);
    private static final Duration SESSION_LIMIT = Duration.ofMinutes(5);

    /** Once started up: the grid's thumbnails and the idle UI's classes load in this time. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    private final Path appImage;
    private final Path work;

    AotCache(Path appImage, Path work) {
        this.appImage = appImage;
        this.work = work;
    }

    /** Trains the cache into the app image and points its launcher at it; returns the cache. */
    Path train(Path fixtureModel) throws IOException {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new PackagingException("Training the packages' AOT cache runs the desktop app, which needs a display:"
                    + " set DISPLAY (e.g. Xvfb :91 & DISPLAY=:91), or pass --without-aot-cache to package without one"
                    + " (the app then starts slower).");
        }
        if (!Files.isRegularFile(fixtureModel.resolve("fovea-model.json"))) {
            throw new PackagingException("Training the AOT cache needs the fixture model at " + fixtureModel
                    + " (run the packager from the repository root), or pass --without-aot-cache.");
        }
        Path home = work.resolve("aot-home");
        Path photos = writePhotos(work.resolve("aot-photos"));
        run(List.of("--home", home.toString(), "model", "import", fixtureModel.toString()), "model-import");
        run(List.of("--home", home.toString(), "index", photos.toString()), "index");
        Path cache = appFolder(appImage).resolve(FILE).toAbsolutePath();
        pinJarTimes(appImage);
        session(home, cache);
        for (Path launcherConfig : launcherConfigs()) {
            addJavaOptions(launcherConfig);
        }
        return cache;
    }

    private void session(Path home, Path cache) throws IOException {
        Path log = work.resolve("aot-session.log");
        ProcessBuilder builder = new ProcessBuilder(launcherCommand(List.of("--home", home.toString())))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Read by the JVM itself, which the native launcher starts in its own process.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTCacheOutput=" + cache);
        Process session = builder.start();
        Path appLog = home.resolve("logs").resolve("fovea.log");
        long deadline = System.nanoTime() + SESSION_LIMIT.toNanos();
        while (session.isAlive() && !logged(appLog) && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(200));
        }
        if (!session.isAlive() || !logged(appLog)) {
            session.destroyForcibly();
            throw new PackagingException("The AOT training session "
                    + (session.isAlive()
                            ? "did not start up within " + SESSION_LIMIT.toSeconds() + " s"
                            : "ended by itself")
                    + "; its output, " + log + ":\n"
                    + tail(log) + "\nand the app's log, " + appLog + ":\n" + tail(appLog));
        }
        sleep(SETTLE);
        // Ended as a user's session ends: the JVM writes the cache on its way out.
        session.destroy();
        await(session, "the AOT training session", log);
        if (!Files.isRegularFile(cache)) {
            throw new PackagingException(
                    "The AOT training session wrote no cache; its output, " + log + ":\n" + tail(log));
        }
    }

    private static boolean logged(Path appLog) throws IOException {
        return Files.isRegularFile(appLog) && Files.readString(appLog).contains(STARTED_UP);
    }

    /** A few photos of plain colours: what the first page of a library shows, grid, thumbnails and all. */
    private static Path writePhotos(Path folder) throws IOException {
        Files.createDirectories(folder);
        Color[] colours = {Color.RED, Color.ORANGE, Color.YELLOW, Color.GREEN, Color.CYAN, Color.BLUE, Color.MAGENTA};
        for (int i = 0; i < colours.length; i++) {
            PlainPhotos.write(folder.resolve("photo-" + (i + 1) + ".jpg"), colours[i]);
        }
        return folder;
    }

    private void run(List<String> arguments, String name) throws IOException {
        Path log = work.resolve("aot-" + name + ".log");
        Process process = new ProcessBuilder(launcherCommand(arguments))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exit = await(process, "fovea " + String.join(" ", arguments), log);
        if (exit != 0) {
            throw new PackagingException("Training the AOT cache: fovea " + String.join(" ", arguments)
                    + " failed with exit " + exit + ":\n" + tail(log));
        }
    }

    private List<String> launcherCommand(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(appImage.resolve("bin").resolve(Release.NAME).toString());
        command.addAll(arguments);
        return command;
    }

    private static int await(Process process, String what, Path log) throws IOException {
        try {
            if (!process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new PackagingException(
                        what + " did not end within " + COMMAND_LIMIT.toSeconds() + " s:\n" + tail(log));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new PackagingException("Interrupted while waiting for " + what, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackagingException("Interrupted while training the AOT cache", e);
        }
    }

    private static String tail(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "(none)";
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /**
     * The time all the app image's jars have once the cache is trained, to the second. The JVM uses a cache only with
     * jars of the times it was trained with, and jpackage's copies for the .deb and the .rpm do not keep them: the
     * packages set them back (the .deb's postinst, the .rpm's spec).
     */
    static long jarTimeSeconds(Path appImage) throws IOException {
        return Files.getLastModifiedTime(appFolder(appImage).resolve(AppInput.MAIN_JAR))
                .to(TimeUnit.SECONDS);
    }

    private static void pinJarTimes(Path appImage) throws IOException {
        FileTime time = FileTime.from(jarTimeSeconds(appImage), TimeUnit.SECONDS);
        for (Path jar : filesEndingWith(appFolder(appImage), ".jar")) {
            Files.setLastModifiedTime(jar, time);
        }
    }

    /** Where jpackage puts the jars and each launcher's configuration on Linux. */
    private static Path appFolder(Path appImage) {
        return appImage.resolve("lib").resolve("app");
    }

    private List<Path> launcherConfigs() throws IOException {
        return filesEndingWith(appFolder(appImage), ".cfg");
    }

    private static List<Path> filesEndingWith(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .toList();
        }
    }

    /** The options go after the last of jpackage's, in its [JavaOptions] section. */
    static void addJavaOptions(Path launcherConfig) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(launcherConfig, StandardCharsets.UTF_8));
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("java-options=")) {
                last = i;
            }
        }
        if (last < 0) {
            throw new PackagingException(launcherConfig + " has no java-options to add the AOT cache's to.");
        }
        lines.addAll(
                last + 1,
                JAVA_OPTIONS.stream().map(option -> "java-options=" + option).toList());
        Files.write(launcherConfig, lines, StandardCharsets.UTF_8);
    }
}
