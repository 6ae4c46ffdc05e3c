package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The installed app as a folder (jpackage's app image): a native launcher, the trimmed runtime and the
 * app's jars. Every installer wraps this folder, and on Linux it is also the portable download.
 */
final class AppImage {
    private final Tool jpackage;
    private final Release release;

    AppImage(Tool jpackage, Release release) {
        this.jpackage = jpackage;
        this.release = release;
    }

    /**
     * The launcher runs the JVM with the flags the build wrote to app/target/jvm.args (one source for the
     * launcher script, the tests and the packages), plus what only a packaged app needs.
     */
    static List<String> javaOptions(Path jvmArgs, List<String> nativeOptions) throws IOException {
        List<String> options =
                new ArrayList<>(Arrays.asList(Files.readString(jvmArgs).trim().split("\\s+")));
        // JavaFX is a named module in the runtime image, so ALL-UNNAMED in jvm.args does not cover it.
        options.add("--enable-native-access=javafx.graphics");
        options.addAll(nativeOptions);
        return options;
    }

    Path create(
            Path input,
            Path runtime,
            Path icon,
            List<String> javaOptions,
            List<String> platformOptions,
            Path destination)
            throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--type", "app-image"));
        arguments.addAll(release.jpackageOptions());
        arguments.addAll(List.of(
                "--input", input.toString(),
                "--main-jar", AppInput.MAIN_JAR,
                "--main-class", Release.MAIN_CLASS,
                "--runtime-image", runtime.toString(),
                "--icon", icon.toString(),
                "--dest", destination.toString()));
        for (String option : javaOptions) {
            arguments.addAll(List.of("--java-options", option));
        }
        arguments.addAll(platformOptions);
        Files.createDirectories(destination);
        jpackage.run(arguments);
        try (var images = Files.list(destination)) {
            return images.filter(path -> path.getFileName().toString().startsWith(Release.NAME))
                    .findFirst()
                    .orElseThrow(() -> new PackagingException("jpackage made no app image in " + destination));
        }
    }
}
