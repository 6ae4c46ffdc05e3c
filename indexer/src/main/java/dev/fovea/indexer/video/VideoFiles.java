package dev.fovea.indexer.video;

import java.util.Locale;
import java.util.Set;

/** Which files are videos, by extension: the containers phones and cameras write and FFmpeg reads. */
public final class VideoFiles {
    private static final Set<String> EXTENSIONS = Set.of("mp4", "mov", "m4v", "3gp", "3g2", "mkv", "webm", "avi");

    private VideoFiles() {}

    public static boolean isVideo(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
