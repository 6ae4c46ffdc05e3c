package dev.fovea.indexer.decode.binding;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a native decoder library: the path in a system property first (installers bundle the library and
 * point the property at it), then the platform's usual names through the system's own library search.
 */
public record NativeLibrary(
        String displayName,
        String property,
        List<String> linuxNames,
        List<String> macNames,
        List<String> windowsNames) {
    private static final Logger LOG = LoggerFactory.getLogger(NativeLibrary.class);

    static final NativeLibrary TURBOJPEG = new NativeLibrary(
            "libturbojpeg",
            "fovea.turbojpeg.path",
            List.of("libturbojpeg.so.0", "libturbojpeg.so"),
            List.of(
                    "libturbojpeg.0.dylib",
                    "libturbojpeg.dylib",
                    "/opt/homebrew/opt/jpeg-turbo/lib/libturbojpeg.dylib",
                    "/usr/local/opt/jpeg-turbo/lib/libturbojpeg.dylib"),
            List.of("turbojpeg.dll", "libturbojpeg.dll"));

    static final NativeLibrary LIBHEIF = new NativeLibrary(
            "libheif",
            "fovea.libheif.path",
            List.of("libheif.so.1", "libheif.so"),
            List.of(
                    "libheif.1.dylib",
                    "libheif.dylib",
                    "/opt/homebrew/opt/libheif/lib/libheif.dylib",
                    "/usr/local/opt/libheif/lib/libheif.dylib"),
            List.of("heif.dll", "libheif.dll"));

    static final NativeLibrary LIBWEBP = new NativeLibrary(
            "libwebp",
            "fovea.libwebp.path",
            List.of("libwebp.so.7", "libwebp.so"),
            List.of(
                    "libwebp.7.dylib",
                    "libwebp.dylib",
                    "/opt/homebrew/opt/webp/lib/libwebp.dylib",
                    "/usr/local/opt/webp/lib/libwebp.dylib"),
            List.of("libwebp.dll", "webp.dll"));

    /** The library's symbols, loaded for the life of the process, or empty when it is not installed. */
    Optional<SymbolLookup> load() {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isRegularFile(path)) {
                LOG.warn("{} is set to {}, which is not a file; looking for {} elsewhere", property, path, displayName);
            } else {
                try {
                    return Optional.of(SymbolLookup.libraryLookup(path, Arena.global()));
                } catch (IllegalArgumentException | IllegalCallerException e) {
                    LOG.warn("Cannot load {} from {} ({}): {}", displayName, property, path, e.getMessage());
                }
            }
        }
        for (String name : candidates()) {
            try {
                return Optional.of(SymbolLookup.libraryLookup(name, Arena.global()));
            } catch (IllegalArgumentException e) {
                LOG.debug("{} not found as {}", displayName, name);
            }
        }
        return Optional.empty();
    }

    private List<String> candidates() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        if (os.contains("win")) {
            names.addAll(windowsNames);
        } else if (os.contains("mac")) {
            names.addAll(macNames);
        } else {
            names.addAll(linuxNames);
        }
        return names;
    }
}
