package dev.fovea.indexer.catalog;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Modes for what the home holds (paths, cameras, places): only its owner may read it, whatever the umask.
 * Applies on POSIX systems; elsewhere the user's profile folder already is private. Best effort: a home on a
 * read-only disk or owned by someone else keeps its modes.
 */
public final class OwnerOnly {
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /**
     * Creates the home owner-only when absent. An existing folder is restricted only when it is already a
     * Fovea home (an older version made it with the umask's modes) and not a shared one like /tmp: a user may
     * point --home at any folder, and that folder's modes are theirs.
     */
    public static Path home(Path home) throws IOException {
        boolean existed = Files.isDirectory(home);
        folder(home, false);
        if (existed && Files.exists(home.resolve("catalog.db")) && !sharedForWriting(home)) {
            restrict(home, FOLDER);
        }
        return home;
    }

    /** Creates a folder Fovea owns inside the home (logs, thumbnails) owner-only, and restricts it when it exists. */
    public static Path folder(Path folder) throws IOException {
        return folder(folder, true);
    }

    private static boolean sharedForWriting(Path folder) throws IOException {
        return POSIX && Files.getPosixFilePermissions(folder).contains(PosixFilePermission.OTHERS_WRITE);
    }

    private static Path folder(Path folder, boolean restrictExisting) throws IOException {
        boolean existed = Files.isDirectory(folder);
        if (POSIX && !Files.isDirectory(folder)) {
            Files.createDirectories(folder.toAbsolutePath().getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } catch (FileAlreadyExistsException raced) {
                // another process made it first
            }
        }
        Files.createDirectories(folder);
        if (!existed || restrictExisting) {
            restrict(folder, FOLDER);
        }
        return folder;
    }

    /** Creates the file empty when absent and makes it owner-only. */
    public static Path file(Path file) throws IOException {
        if (POSIX && Files.notExists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } catch (FileAlreadyExistsException raced) {
                // another process made it first
            }
        }
        restrict(file, FILE);
        return file;
    }

    private static void restrict(Path path, Set<PosixFilePermission> wanted) {
        if (!POSIX || !Files.exists(path)) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(path).equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not ours to change (read-only disk, another owner); reading still works
        }
    }
}
