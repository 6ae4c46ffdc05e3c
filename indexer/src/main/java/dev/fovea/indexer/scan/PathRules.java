package dev.fovea.indexer.scan;

import dev.fovea.indexer.video.VideoFiles;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a scan of one root leaves out: hidden entries, folders that systems, NAS boxes and tools keep for
 * themselves (their pictures are caches, previews or deleted files, never the user's photos), and the
 * root's own include and exclude patterns.
 */
public final class PathRules {
    private static final Set<String> SYSTEM_FOLDERS = Set.of(
            "@eadir",
            "#recycle",
            "@recycle",
            "@recently-snapshot",
            "$recycle.bin",
            "system volume information",
            "recycler",
            "lost+found",
            "node_modules",
            "__macosx",
            "caches");
    private static final List<String> SYSTEM_SUFFIXES =
            List.of(".lrdata", ".photoslibrary", ".aplibrary", ".migratedphotolibrary");

    private final Path root;
    private final List<Rule> includes;
    private final List<Rule> excludes;

    public PathRules(LibraryRoot root) {
        this.root = root.path();
        this.includes = root.includes().stream().map(Rule::new).toList();
        this.excludes = root.excludes().stream().map(Rule::new).toList();
    }

    /** Whether a folder below the root is walked into. */
    public boolean entersFolder(Path folder) {
        if (folder.equals(root)) {
            return true;
        }
        String name = folder.getFileName().toString();
        return !isHidden(name)
                && !isSystemFolder(name)
                && excludes.stream().noneMatch(rule -> rule.matches(relative(folder)));
    }

    /** Whether a file is a candidate photo or video (not hidden, a photo or video extension, the patterns allow it). */
    public boolean includesPhoto(Path file) {
        String name = file.getFileName().toString();
        if (isHidden(name) || !isPhotoOrVideo(name)) {
            return false;
        }
        Path relative = relative(file);
        return excludes.stream().noneMatch(rule -> rule.matches(relative))
                && (includes.isEmpty() || includes.stream().anyMatch(rule -> rule.matches(relative)));
    }

    /** Files that are neither hidden nor photos nor videos: reported as ignored so a user sees they were noticed. */
    public boolean isIgnoredNonPhoto(Path file) {
        String name = file.getFileName().toString();
        return !isHidden(name) && !isPhotoOrVideo(name);
    }

    private static boolean isPhotoOrVideo(String name) {
        return PhotoFiles.isPhoto(name) || VideoFiles.isVideo(name);
    }

    private Path relative(Path path) {
        return root.relativize(path);
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    private static boolean isSystemFolder(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SYSTEM_FOLDERS.contains(lower) || SYSTEM_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private record Rule(String pattern, PathMatcher matcher, boolean byName) {
        Rule(String pattern) {
            this(pattern, FileSystems.getDefault().getPathMatcher("glob:" + pattern), !pattern.contains("/"));
        }

        boolean matches(Path relative) {
            if (relative.getNameCount() == 0) {
                return false;
            }
            if (byName) {
                for (Path part : relative) {
                    if (matcher.matches(part)) {
                        return true;
                    }
                }
                return false;
            }
            return matcher.matches(relative);
        }
    }
}
