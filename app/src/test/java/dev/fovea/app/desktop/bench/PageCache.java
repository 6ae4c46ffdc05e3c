package dev.fovea.app.desktop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drops files from the operating system's page cache, so the next launch reads them from disk as the first launch
 * after a boot does. Linux only, through Python's {@code os.posix_fadvise(POSIX_FADV_DONTNEED)} (the JDK has no
 * call for it); pages another process keeps mapped stay, which is why only the home and the class path are named.
 */
final class PageCache {
    private static final String EVICT = """
            import os, sys
            for root in sys.argv[1:]:
                walked = [(root, [], [''])] if os.path.isfile(root) else os.walk(root)
                for folder, _, files in walked:
                    for name in files:
                        path = os.path.join(folder, name) if name else folder
                        try:
                            fd = os.open(path, os.O_RDONLY)
                        except OSError:
                            continue
                        try:
                            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                        finally:
                            os.close(fd)
            """;

    private PageCache() {}

    /** False, with the reason on stderr, where files cannot be evicted here. */
    static boolean evict(List<Path> paths) throws IOException, InterruptedException {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            System.err.println("Cold start skipped: evicting the page cache is done on Linux only.");
            return false;
        }
        List<String> command = new ArrayList<>(List.of("python3", "-c", EVICT));
        paths.forEach(path -> command.add(path.toAbsolutePath().toString()));
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            System.err.println(
                    "Cold start skipped: python3 is needed to evict the page cache (" + e.getMessage() + ").");
            return false;
        }
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            System.err.println("Cold start skipped: evicting the page cache failed.");
            return false;
        }
        return true;
    }
}
