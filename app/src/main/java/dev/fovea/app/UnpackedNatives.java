package dev.fovea.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Points sqlite-jdbc and ONNX Runtime at the native libraries the build unpacked beside the app's jar
 * ({@code app/target/natives}). Left to themselves they copy them out of their jars into the temporary folder at
 * every start: about 0.1 s before the catalog opens and 0.2 s before the model loads, on every launch and command.
 * The installers unpack them too and set the same properties themselves; a property already set is kept, and a
 * folder that is not there changes nothing.
 */
public final class UnpackedNatives {
    private UnpackedNatives() {}

    /** Before anything opens the catalog or loads a model: {@link #use} the folder beside the app, if any. */
    public static void useBesideApp() {
        besideApp().ifPresent(natives -> use(natives, System.getProperties()));
    }

    static void use(Path folder, Properties system) {
        onlyLibrary(folder.resolve("sqlite")).ifPresent(library -> {
            system.putIfAbsent("org.sqlite.lib.path", library.getParent().toString());
            system.putIfAbsent("org.sqlite.lib.name", library.getFileName().toString());
        });
        // ONNX Runtime fails rather than extract when its property names a folder without its two libraries.
        Path onnxRuntime = folder.resolve("onnxruntime");
        if (libraries(onnxRuntime).size() >= 2) {
            system.putIfAbsent("onnxruntime.native.path", onnxRuntime.toString());
        }
    }

    /** The {@code natives} folder beside the jar (or classes folder) this class was loaded from. */
    static Optional<Path> besideApp() {
        CodeSource code = UnpackedNatives.class.getProtectionDomain().getCodeSource();
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Path.of(code.getLocation().toURI()).getParent())
                    .map(parent -> parent.resolve("natives"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> onlyLibrary(Path folder) {
        List<Path> found = libraries(folder);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    private static List<Path> libraries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
