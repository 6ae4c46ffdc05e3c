package dev.fovea.search.index;

import java.util.Locale;
import java.util.Map;

/** One spelling per file type, so "JPEG", ".jpeg" and "jpg" filter the same photos. */
public final class FileTypes {
    private static final Map<String, String> ALIASES =
            Map.of("jpeg", "jpg", "jpe", "jpg", "tif", "tiff", "heif", "heic");

    private FileTypes() {}

    public static String normalize(String type) {
        String lower = type.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith(".")) {
            lower = lower.substring(1);
        }
        return ALIASES.getOrDefault(lower, lower);
    }
}
