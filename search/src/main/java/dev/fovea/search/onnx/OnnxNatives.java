package dev.fovea.search.onnx;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where ONNX Runtime loads its native libraries from. Its Java loader copies them (28 MB) out of the jar into a
 * new {@code onnxruntime-java*} temporary folder on every start, and leaves that folder behind: empty after a
 * normal exit, with the whole copy after a kill -9. Unless {@code onnxruntime.native.path} already names a folder
 * (the installed app ships them unpacked), Fovea unpacks them once per user and version into a folder of its
 * own beside the temporary files, owner-only, and points the loader there; and it removes the folders earlier
 * runs left. POSIX systems only: elsewhere the loader is left as it is.
 */
final class OnnxNatives {
    private static final Logger LOG = LoggerFactory.getLogger(OnnxNatives.class);
    static final String PROPERTY = "onnxruntime.native.path";
    private static final String LOADER_FOLDER_PREFIX = "onnxruntime-java";
    /** A loader's folder is needed for the second it takes to load; one this old belongs to no starting process. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private OnnxNatives() {}

    static void prepare() {
        if (System.getProperty(PROPERTY) != null
                || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        removeAbandonedLoaderFolders(temp);
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        String platform = platform();
        if (version == null || platform == null) {
            return;
        }
        try {
            Path folder = ownFolder(temp.resolve("fovea-" + System.getProperty("user.name")))
                    .resolve("onnxruntime-" + version + "-" + platform);
            Files.createDirectories(folder);
            for (String library : List.of("onnxruntime", "onnxruntime4j_jni")) {
                unpack(platform, System.mapLibraryName(library), folder);
            }
            System.setProperty(PROPERTY, folder.toString());
        } catch (IOException | SecurityException e) {
            LOG.debug("ONNX Runtime unpacks its own natives: {}", e.toString());
        }
    }

    /**
     * The per-user folder in the shared temporary folder: made owner-only, and refused (so the loader works as
     * it always did) when someone else owns it, it is a link, or others may write to it.
     */
    private static Path ownFolder(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
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

    /** Copies a library out of the jar unless a complete copy is there; a copy is renamed into place whole. */
    private static void unpack(String platform, String fileName, Path folder) throws IOException {
        Path target = folder.resolve(fileName);
        String resource = "/ai/onnxruntime/native/" + platform + "/" + fileName;
        try (InputStream in = OrtEnvironment.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the ONNX Runtime jar has no " + resource);
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

    private static void removeAbandonedLoaderFolders(Path temp) {
        Instant cutoff = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, LOADER_FOLDER_PREFIX + "*")) {
            for (Path folder : folders) {
                PosixFileAttributes attributes =
                        Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()
                        && ownedByThisUser(attributes)
                        && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                    deleteRecursively(folder);
                }
            }
        } catch (IOException e) {
            LOG.debug("Cannot clean ONNX Runtime's folders in {}: {}", temp, e.toString());
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The jar's folder name for this machine, as ONNX Runtime's loader computes it. */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx" : null;
        String archName =
                arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
        return osName == null || archName == null ? null : osName + "-" + archName;
    }
}
