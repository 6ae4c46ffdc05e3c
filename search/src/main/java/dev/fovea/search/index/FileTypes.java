package dev.fovea.search.index;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One spelling per file type, so "JPEG", ".jpeg" and "jpg" filter the same photos. */
public final class FileTypes {
    private static final Map<String, String> ALIASES =
            Map.of("jpeg", "jpg", "jpe", "jpg", "tif", "tiff", "heif", "heic");

    private static final Set<String> VIDEOS = Set.of("mp4", "mov", "m4v", "3gp", "3g2", "mkv", "webm", "avi");

    private FileTypes() {}

    /** Every video container type, as the index spells them. */
    public static Set<String> videoTypes() {
        return VIDEOS;
    }

    /** Whether a (normalised) file type is a video container. */
    public static boolean isVideo(String type) {
        return VIDEOS.contains(normalize(type));
    }

    public static String normalize(String type) {
        String lower = type.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith(".")) {
            lower = lower.substring(1);
        }
        return ALIASES.getOrDefault(lower, lower);
    }
}
