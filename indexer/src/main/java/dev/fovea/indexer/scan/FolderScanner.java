package dev.fovea.indexer.scan;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.function.BooleanSupplier;

/**
 * Walks a folder of a library root and reports every candidate photo. Symbolic links are followed (a user
 * links albums in on purpose) and loops among them detected; folders it cannot read are reported and
 * stepped over, never fatal.
 */
public final class FolderScanner {

    /** What a walk found besides the photos. */
    public record Outcome(long ignoredFiles, boolean complete) {}

    public interface Listener {
        void photo(ScannedFile file);

        void problem(ScanProblem problem);
    }

    /**
     * @param start the root's folder or a folder below it
     * @param cancelled polled per entry; when it turns true the walk stops and reports itself incomplete
     */
    public Outcome scan(LibraryRoot root, Path start, Listener listener, BooleanSupplier cancelled) throws IOException {
        PathRules rules = new PathRules(root);
        long[] ignored = {0};
        boolean[] stopped = {false};
        Files.walkFileTree(
                start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        if (cancelled.getAsBoolean()) {
                            stopped[0] = true;
                            return FileVisitResult.TERMINATE;
                        }
                        return rules.entersFolder(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (cancelled.getAsBoolean()) {
                            stopped[0] = true;
                            return FileVisitResult.TERMINATE;
                        }
                        if (!attributes.isRegularFile()) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (rules.includesPhoto(file)) {
                            listener.photo(new ScannedFile(
                                    root,
                                    file,
                                    attributes.size(),
                                    attributes.lastModifiedTime().toMillis()));
                        } else if (rules.isIgnoredNonPhoto(file)) {
                            ignored[0]++;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException failure) {
                        if (!(failure instanceof NoSuchFileException)) {
                            listener.problem(new ScanProblem(root, file, describe(failure)));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
                        if (failure != null) {
                            listener.problem(new ScanProblem(root, dir, describe(failure)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        return new Outcome(ignored[0], !stopped[0]);
    }

    static String describe(IOException failure) {
        if (failure instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = failure.getMessage();
        return failure.getClass().getSimpleName() + (reason == null ? "" : ": " + reason);
    }
}
