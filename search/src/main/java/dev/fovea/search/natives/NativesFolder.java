package dev.fovea.search.natives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Fovea unpacks the native libraries that a library's jar would otherwise copy into the temporary folder at
 * every start (ONNX Runtime's 28 MB, sqlite-jdbc's 1 MB), and leave there after a kill -9: once per user, library and
 * version, in a folder of Fovea's own beside the temporary files, shared by every Fovea process. The folder is
 * owner-only and refused (the library then loads as it always did) when someone else owns it, it is a link, or others
 * may write to it. POSIX systems only. Each library's loader is pointed here by its own system property.
 */
public final class NativesFolder {
    private static final Logger LOG = LoggerFactory.getLogger(NativesFolder.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    /** A loader's copy is needed for the second it takes to load; one this old belongs to no starting process. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private NativesFolder() {}

    /** This user's folder for one library and version ({@code name}), made if needed; empty where there is none. */
    public static Optional<Path> of(String name) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty();
        }
        try {
            Path folder = ownFolder(temp().resolve("fovea-" + System.getProperty("user.name")))
                    .resolve(name);
            Files.createDirectories(folder);
            return Optional.of(folder);
        } catch (IOException | SecurityException e) {
            LOG.debug("No folder of unpacked natives for {}: {}", name, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Copies {@code resource} out of {@code jarClass}'s jar into {@code folder} as {@code fileName}, unless a complete
     * copy is there: a copy is renamed into place whole, so a process that finds the file finds all of it.
     */
    public static void unpack(Class<?> jarClass, String resource, Path folder, String fileName) throws IOException {
        Path target = folder.resolve(fileName);
        try (InputStream in = jarClass.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(jarClass.getName() + "'s jar has no " + resource);
            }
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Path partial = Files.createTempFile(folder, fileName, ".partial");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }

    /** Removes this user's files and folders in the temporary folder that match {@code glob} and are over an hour old. */
    public static void removeAbandoned(String glob) {
        Path temp = temp();
        Instant cutoff = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> found = Files.newDirectoryStream(temp, glob)) {
            for (Path path : found) {
                PosixFileAttributes attributes =
                        Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (ownedByThisUser(attributes)
                        && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                    deleteRecursively(path);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot clean {} in {}: {}", glob, temp, e.toString());
        }
    }

    private static Path temp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Path ownFolder(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException raced) {
                // another Fovea process made it first; checked below like any existing one
            }
        }
        PosixFileAttributes attributes =
                Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory()
                || !ownedByThisUser(attributes)
                || !attributes.permissions().equals(OWNER_ONLY)) {
            throw new IOException(folder + " is not a folder only this user may write");
        }
        return folder;
    }

    private static boolean ownedByThisUser(PosixFileAttributes attributes) {
        return attributes.owner().getName().equals(System.getProperty("user.name"));
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
