package dev.fovea.indexer.catalog;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says that the disk holding the home is full, in words a user can act on. SQLite reports a full disk as
 * SQLITE_FULL, but also as an I/O error of the kind it met first (growing the shared-memory file gives
 * SQLITE_IOERR_SHMSIZE), so an I/O error on a disk with almost no free space counts as a full disk too.
 */
public final class DiskSpace {
    private static final long NEARLY_FULL_BYTES = 16L * 1024 * 1024;

    private DiskSpace() {}

    public static FoveaException full(Path home, Exception cause) {
        String free =
                usableBytes(home) < 0 ? "?" : String.format(Locale.ROOT, "%.1f", usableBytes(home) / (1024.0 * 1024));
        return new FoveaException(
                "the disk holding " + home + " is full (" + free + " MB free); free space and run again.", cause);
    }

    static boolean isNearlyFull(Path file) {
        long usable = usableBytes(file.toAbsolutePath().getParent());
        return usable >= 0 && usable < NEARLY_FULL_BYTES;
    }

    /** Whether an I/O failure writing under {@code folder} came from the disk being full. */
    public static boolean isFull(Path folder, IOException failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
            return true;
        }
        long usable = usableBytes(folder);
        return usable >= 0 && usable < NEARLY_FULL_BYTES;
    }

    private static long usableBytes(Path folder) {
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
