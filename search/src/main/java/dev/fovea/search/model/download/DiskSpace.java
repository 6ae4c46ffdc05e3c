package dev.fovea.search.model.download;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Free space where a model is downloaded or assembled, checked before the work starts (so a full disk is named
 * as such, not met as a write error halfway through a gigabyte) and again when a write fails.
 */
public final class DiskSpace {
    /** Less than this left after a failed write: the write failed for want of space. */
    private static final long NEARLY_FULL = 16L << 20;

    private DiskSpace() {}

    /** Bytes the current user may still write on the file system holding {@code directory}. */
    public static long usable(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            // Unknown: let the work start; a failed write is still reported.
            return Long.MAX_VALUE;
        }
    }

    /** Throws a message saying what needs the space, how much, and that nothing was installed. */
    public static void require(Path directory, long bytes, String what) {
        long usable = usable(directory);
        if (usable < bytes) {
            throw new FoveaException(shortage(directory, bytes, usable, what));
        }
    }

    /** Whether a failed write there was (most likely) the disk filling up: next to nothing is left. */
    public static boolean isFull(Path directory) {
        return usable(directory) < NEARLY_FULL;
    }

    public static String shortage(Path directory, long bytes, long usable, String what) {
        return String.format(
                Locale.ROOT,
                "Not enough disk space for %s in %s: it needs about %s, %s are free. Free some space and try again; "
                        + "nothing was installed and the installed models are unchanged.",
                what,
                directory,
                megabytes(bytes),
                megabytes(usable));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + 999_999) / 1_000_000);
    }
}
