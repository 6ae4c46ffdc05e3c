package dev.fovea.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder that can be seen read-only for real. Root ignores file modes, so as root the read-only view is a
 * read-only bind mount of the folder (beside it); otherwise the folder's modes drop write permission.
 */
final class ReadOnlyFolder implements AutoCloseable {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private final Path path;
    private Path view;

    private ReadOnlyFolder(Path path) {
        this.path = path;
    }

    static ReadOnlyFolder create(Path path) throws IOException {
        Files.createDirectories(path);
        return new ReadOnlyFolder(path);
    }

    Path path() {
        return path;
    }

    /** The folder as a reader without write access sees it; null when this system cannot show that. */
    Path readOnlyView() throws IOException, InterruptedException {
        if (!ROOT) {
            setModes("r-xr-xr-x", "r--r--r--");
            view = path;
            return view;
        }
        Path mountPoint = Files.createDirectories(path.resolveSibling(path.getFileName() + "-read-only"));
        if (!run("mount", "--bind", path.toString(), mountPoint.toString())) {
            return null;
        }
        view = mountPoint;
        if (!run("mount", "-o", "remount,bind,ro", mountPoint.toString())) {
            return null;
        }
        return view;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (view == null) {
            return;
        }
        if (ROOT) {
            run("umount", view.toString());
        } else {
            setModes("rwx------", "rw-------");
        }
    }

    private void setModes(String folders, String files) throws IOException {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path file : all.toList()) {
                Files.setPosixFilePermissions(
                        file, PosixFilePermissions.fromString(Files.isDirectory(file) ? folders : files));
            }
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(List.of(command))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .waitFor()
                == 0;
    }
}
