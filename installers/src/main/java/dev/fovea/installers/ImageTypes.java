package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The image files "Open with Fovea" is offered for: what the indexer reads, by extension and MIME type. */
final class ImageTypes {
    record ImageType(String name, String description, List<String> extensions, List<String> mimeTypes) {}

    static final List<ImageType> ALL = List.of(
            new ImageType("jpeg", "JPEG image", List.of("jpg", "jpeg", "jpe"), List.of("image/jpeg")),
            new ImageType("png", "PNG image", List.of("png"), List.of("image/png")),
            new ImageType("webp", "WebP image", List.of("webp"), List.of("image/webp")),
            new ImageType("heic", "HEIC image", List.of("heic"), List.of("image/heic")),
            new ImageType("heif", "HEIF image", List.of("heif"), List.of("image/heif")),
            new ImageType("avif", "AVIF image", List.of("avif"), List.of("image/avif")),
            new ImageType("tiff", "TIFF image", List.of("tif", "tiff"), List.of("image/tiff")),
            new ImageType("gif", "GIF image", List.of("gif"), List.of("image/gif")),
            new ImageType("bmp", "BMP image", List.of("bmp"), List.of("image/bmp")));

    private ImageTypes() {}

    /** The value of a desktop entry's MimeType key. */
    static String desktopMimeTypes() {
        StringBuilder value = new StringBuilder();
        ALL.forEach(type -> type.mimeTypes().forEach(mime -> value.append(mime).append(';')));
        return value.toString();
    }

    /**
     * Writes one jpackage --file-associations properties file per type and returns the options naming them.
     * Fovea views these files but does not own them, so on macOS it asks to be an alternative handler only.
     */
    static List<String> fileAssociationOptions(Path folder, Platform platform) throws IOException {
        Files.createDirectories(folder);
        List<String> options = new ArrayList<>();
        for (ImageType type : ALL) {
            List<String> lines = new ArrayList<>(List.of(
                    "extension=" + String.join(",", type.extensions()),
                    "mime-type=" + String.join(",", type.mimeTypes()),
                    "description=" + type.description()));
            if (platform.isMac()) {
                lines.addAll(List.of("mac.CFBundleTypeRole=Viewer", "mac.LSHandlerRank=Alternate"));
            }
            Path file = folder.resolve(type.name() + ".properties");
            Files.write(file, lines);
            options.addAll(List.of("--file-associations", file.toString()));
        }
        return options;
    }
}
