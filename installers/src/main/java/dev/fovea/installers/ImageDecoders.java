package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The native image decoders the indexer calls through FFM (dev.fovea.indexer.decode.binding.NativeLibrary). Linux
 * packages depend on the system's; on Windows and macOS the packager bundles the files of a folder and
 * points each decoder's system property at its library, named as the indexer looks for it. The decoders'
 * own dependencies travel in the same folder.
 */
final class ImageDecoders {
    record Decoder(String property, List<String> fileNames) {}

    static final List<Decoder> ALL = List.of(
            new Decoder(
                    "fovea.turbojpeg.path",
                    List.of("libturbojpeg.0.dylib", "libturbojpeg.dylib", "turbojpeg.dll", "libturbojpeg.dll")),
            new Decoder("fovea.libheif.path", List.of("libheif.1.dylib", "libheif.dylib", "heif.dll", "libheif.dll")),
            new Decoder("fovea.libwebp.path", List.of("libwebp.7.dylib", "libwebp.dylib", "libwebp.dll", "webp.dll")));

    private ImageDecoders() {}

    /** Copies {@code source}'s files to {@code target} and returns the options naming each decoder found. */
    static List<String> bundle(Path source, Path target, String targetInLauncher) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> options = new ArrayList<>();
        for (Decoder decoder : ALL) {
            decoder.fileNames().stream()
                    .filter(name -> Files.isRegularFile(target.resolve(name)))
                    .findFirst()
                    .ifPresent(name -> options.add("-D" + decoder.property() + "=" + targetInLauncher + "/" + name));
        }
        if (options.isEmpty()) {
            throw new PackagingException(source + " holds none of the decoders "
                    + ALL.stream()
                            .flatMap(decoder -> decoder.fileNames().stream())
                            .toList() + ".");
        }
        return options;
    }
}
