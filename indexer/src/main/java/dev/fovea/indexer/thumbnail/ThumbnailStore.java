package dev.fovea.indexer.thumbnail;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The on-disk thumbnail cache: one JPEG per distinct photo content, at
 * {@code <home>/thumbnails/ab/cd/<sha256>.jpg}. Keyed by content, a moved or copied photo keeps its
 * thumbnail. Files appear atomically (written aside, then renamed), so a crash never leaves half a thumbnail.
 */
public final class ThumbnailStore {
    private static final String TEMP_SUFFIX = ".tmp";
    /** Compiled once: {@code String.matches} compiled it for every photo (JFR, bench index). */
    private static final Pattern CONTENT_HASH = Pattern.compile("[0-9a-f]{16,}");

    private final Path directory;

    public ThumbnailStore(Path directory) {
        this.directory = directory;
    }

    public Optional<Path> find(String contentHash) {
        Path path = pathFor(contentHash);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    public boolean contains(String contentHash) {
        return Files.isRegularFile(pathFor(contentHash));
    }

    public void write(String contentHash, byte[] jpeg) {
        write(pathFor(contentHash), contentHash, jpeg);
    }

    /** The thumbnail of one sampled frame of a video, next to the video's own. */
    public void writeFrame(String contentHash, double seconds, byte[] jpeg) {
        write(framePathFor(contentHash, seconds), contentHash, jpeg);
    }

    private static void write(Path target, String contentHash, byte[] jpeg) {
        try {
            Files.createDirectories(target.getParent());
            // Named by the writing thread rather than by Files.createTempFile, whose random names cost a SecureRandom
            // draw per thumbnail (JFR, bench index): two threads never write the same name, one thread one at a time.
            Path temporary = target.resolveSibling(
                    contentHash + "-" + Thread.currentThread().threadId() + TEMP_SUFFIX);
            try {
                Files.write(temporary, jpeg);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new FoveaException(
                    "Cannot write a thumbnail to " + target + ": " + e.getMessage()
                            + ". Check free space and permissions of the Fovea home folder.",
                    e);
        }
    }

    public void delete(String contentHash) {
        try {
            Files.deleteIfExists(pathFor(contentHash));
        } catch (IOException e) {
            throw new FoveaException("Cannot delete the thumbnail " + pathFor(contentHash) + ": " + e.getMessage(), e);
        }
    }

    /** Removes what a killed process left half-written. */
    public void removeTemporaryFiles() {
        forEachFile(path -> {
            if (path.getFileName().toString().endsWith(TEMP_SUFFIX)) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // retried on the next start
                }
            }
        });
    }

    public long sizeBytes() {
        long[] total = {0};
        forEachFile(path -> {
            try {
                total[0] += Files.size(path);
            } catch (IOException ignored) {
                // vanished while counting
            }
        });
        return total[0];
    }

    private void forEachFile(java.util.function.Consumer<Path> action) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile).forEach(action);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new FoveaException("Cannot read the thumbnail folder " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where the thumbnail of a video's frame at {@code seconds} is or will be, to the millisecond (as the index
     * and the catalog hold the frame's time); touches no disk.
     */
    public Path framePathFor(String contentHash, double seconds) {
        Path video = pathFor(contentHash);
        return video.resolveSibling(contentHash + "-" + Math.round(seconds * 1000) + "ms.jpg");
    }

    /** Where the thumbnail of this content is or will be; touches no disk, so a UI thread may ask. */
    public Path pathFor(String contentHash) {
        if (!CONTENT_HASH.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("Not a content hash: " + contentHash);
        }
        return directory
                .resolve(contentHash.substring(0, 2))
                .resolve(contentHash.substring(2, 4))
                .resolve(contentHash + ".jpg");
    }
}
