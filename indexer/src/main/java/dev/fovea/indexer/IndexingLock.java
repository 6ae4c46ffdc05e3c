package dev.fovea.indexer;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Only one process indexes a library at a time (the app and a `fovea index` would otherwise do the work
 * twice). An OS file lock: it goes away with the process, so a killed indexer never blocks the next one.
 */
final class IndexingLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private IndexingLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static IndexingLock acquire(Path file) {
        return tryAcquire(file)
                .orElseThrow(() -> new FoveaException("Another Fovea is indexing the library in " + file.getParent()
                        + " right now. Wait for it to finish (see 'fovea status'), or close it first."));
    }

    /** The lock, or empty when another process holds it. */
    static Optional<IndexingLock> tryAcquire(Path file) {
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new IndexingLock(channel, lock));
        } catch (IOException e) {
            throw new FoveaException(
                    "Cannot lock " + file + ": " + e.getMessage() + ". Check that the Fovea home folder is writable.",
                    e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock dies with the channel anyway
        }
    }
}
