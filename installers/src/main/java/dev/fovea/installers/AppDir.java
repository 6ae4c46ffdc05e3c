package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * The portable Linux download: the app image laid out as an AppImage AppDir (AppRun, desktop entry and
 * icon at the top) and packed as a .tar.xz that runs from wherever it is unpacked. appimagetool turns the
 * same folder into a single-file AppImage; it is not packaged by Debian, so the build does not call it.
 */
final class AppDir {
    private static final String APP_RUN = """
            #!/bin/sh
            # AppImage entry point: the launcher beside this script, wherever the folder was unpacked or mounted.
            here="$(dirname "$(readlink -f "$0")")"
            exec "$here/bin/NAME" "$@"
            """.replace("NAME", Release.NAME);

    private AppDir() {}

    static Path create(Path appImage, Path icon, String desktopEntry, Release release, Platform platform, Path output)
            throws IOException {
        Path folder = output.resolve(Release.NAME + ".AppDir");
        Outputs.deleteRecursively(folder);
        copyTree(appImage, folder);
        Path appRun = folder.resolve("AppRun");
        Files.writeString(appRun, APP_RUN);
        Files.setPosixFilePermissions(appRun, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(
                folder.resolve(Release.PACKAGE_NAME + ".desktop"),
                desktopEntry
                        .replace("APPLICATION_NAME", Release.NAME)
                        .replace("APPLICATION_DESCRIPTION", Release.DESCRIPTION)
                        .replace("APPLICATION_LAUNCHER", Release.NAME)
                        .replace("APPLICATION_ICON", Release.PACKAGE_NAME));
        Files.copy(icon, folder.resolve(Release.PACKAGE_NAME + ".png"));
        Files.createSymbolicLink(folder.resolve(".DirIcon"), Path.of(Release.PACKAGE_NAME + ".png"));

        Path archive = output.resolve(Release.PACKAGE_NAME + "-" + release.version() + "-" + platform.id() + ".tar.xz");
        Files.deleteIfExists(archive);
        run(List.of(
                "tar",
                "-cJf",
                archive.toString(),
                "-C",
                output.toString(),
                folder.getFileName().toString()));
        return archive;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Files.copy(
                        path, target.resolve(source.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void run(List<String> command) throws IOException {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("XZ_OPT", "-T0"); // xz on every core
            Process process = builder.start();
            if (process.waitFor() != 0) {
                throw new PackagingException(
                        String.join(" ", command) + " failed with exit " + process.exitValue() + ".");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackagingException("Interrupted while running " + command.getFirst(), e);
        }
    }
}
