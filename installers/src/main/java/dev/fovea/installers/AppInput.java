package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What jpackage copies into the package's app folder ($APPDIR): the app's jar, its class-path jars with
 * their native code split out (see {@link JarNatives}) and a native/ folder with this platform's libraries.
 */
final class AppInput {
    static final String MAIN_JAR = "fovea-app.jar";
    static final String NATIVE_FOLDER = "native";

    private final Path appTarget;
    private final Platform platform;

    /** @param appTarget app/target after {@code ./mvnw -pl app -am package} */
    AppInput(Path appTarget, Platform platform) {
        this.appTarget = appTarget;
        this.platform = platform;
    }

    /**
     * Fills {@code input} and returns the JVM options that point the libraries at their native folders.
     *
     * @param imageDecoders a folder with libturbojpeg, libheif and libwebp for this platform, bundled where
     *                      the system has none (Windows, macOS); empty to use the system's
     * @param languageData a folder with Tesseract's eng and por language data, bundled where the system has none
     *                     (Windows, macOS); empty to use the system's
     */
    List<String> stage(Path input, Optional<Path> imageDecoders, Optional<Path> languageData) throws IOException {
        Path mainJar = appTarget.resolve(MAIN_JAR);
        if (!Files.isRegularFile(mainJar)) {
            throw new PackagingException("No " + mainJar + ": build the app first (./mvnw -pl app -am package).");
        }
        Files.createDirectories(input);
        Files.copy(mainJar, input.resolve(MAIN_JAR), StandardCopyOption.REPLACE_EXISTING);
        List<String> javaOptions = new ArrayList<>();
        List<Path> jars = classPathJars();
        BytedecoNatives.check(jars, platform);
        for (Path jar : jars) {
            Optional<JarNatives> natives = JarNatives.ALL.stream()
                    .filter(candidate -> candidate.matches(jar))
                    .findFirst();
            Path copy = input.resolve(jar.getFileName());
            if (natives.isEmpty()) {
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            String folder = NATIVE_FOLDER + "/" + natives.get().name();
            List<String> files = natives.get().split(jar, platform, copy, input.resolve(folder));
            javaOptions.addAll(natives.get().javaOptions().apply("$APPDIR/" + folder, files));
        }
        if (imageDecoders.isPresent()) {
            String folder = NATIVE_FOLDER + "/decoders";
            javaOptions.addAll(ImageDecoders.bundle(imageDecoders.get(), input.resolve(folder), "$APPDIR/" + folder));
        }
        if (languageData.isPresent()) {
            javaOptions.addAll(LanguageData.bundle(
                    languageData.get(), input.resolve(LanguageData.FOLDER), "$APPDIR/" + LanguageData.FOLDER));
        }
        return javaOptions;
    }

    private List<Path> classPathJars() throws IOException {
        try (Stream<Path> jars = Files.list(appTarget.resolve("lib"))) {
            return jars.filter(path -> path.toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        }
    }
}
