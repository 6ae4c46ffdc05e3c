package dev.fovea.installers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * .deb, .rpm and a portable AppImage-style folder. The packages install to /opt/fovea, put the fovea
 * command on the PATH and a desktop entry in the menu that also offers "Open with Fovea" for images.
 */
final class LinuxInstallers extends Installers {
    /** jpackage's default for a package named fovea. */
    static final String INSTALL_DIR = "/opt/" + Release.PACKAGE_NAME;

    static final String LAUNCHER = INSTALL_DIR + "/bin/" + Release.NAME;
    static final String APP_FOLDER = INSTALL_DIR + "/lib/app";
    static final String COMMAND = "/usr/bin/" + Release.PACKAGE_NAME;
    /** Where jpackage puts the desktop entry it makes from our template, and where the package copies it. */
    static final String DESKTOP_SOURCE = INSTALL_DIR + "/lib/" + Release.PACKAGE_NAME + "-" + Release.NAME + ".desktop";

    static final String DESKTOP_FILE = "/usr/share/applications/" + Release.PACKAGE_NAME + ".desktop";

    /**
     * Debian's names for the image decoders the indexer calls (see ImageDecoders), and for GTK 3, which JavaFX
     * needs; jpackage adds what the runtime's own libraries link to.
     */
    static final String DEB_DEPENDS = "libturbojpeg0, libheif1, libwebp7, libgtk-3-0";
    /** The same by shared-library name, which Fedora, RHEL and openSUSE packages all provide. */
    static final String RPM_REQUIRES =
            "libturbojpeg.so.0()(64bit), libheif.so.1()(64bit), libwebp.so.7()(64bit), libgtk-3.so.0()(64bit), xdg-utils";

    private final Platform platform;

    LinuxInstallers(Platform platform, Tool jpackage, Release release, Path work) {
        super(jpackage, release, work);
        this.platform = platform;
    }

    @Override
    Path icon(Path icons) {
        return icons.resolve("png/fovea-512.png");
    }

    @Override
    List<String> appImageOptions() {
        return List.of();
    }

    @Override
    Path build(String type, Path appImage, Path icons, Path output) throws IOException {
        return switch (type) {
            case "deb" ->
                linuxPackage(
                        "deb",
                        appImage,
                        icons,
                        output,
                        List.of("--linux-package-deps", DEB_DEPENDS, "--linux-app-category", "graphics"));
            case "rpm" ->
                linuxPackage(
                        "rpm",
                        appImage,
                        icons,
                        output,
                        List.of(
                                "--linux-package-deps",
                                RPM_REQUIRES,
                                "--linux-app-category",
                                "Applications/Multimedia"));
            case "appdir" -> AppDir.create(appImage, icon(icons), desktopEntry(), release, platform, output);
            default -> throw new PackagingException("Linux packages are deb, rpm and appdir, not " + type + ".");
        };
    }

    private Path linuxPackage(String type, Path appImage, Path icons, Path output, List<String> typeOptions)
            throws IOException {
        Path resources = work.resolve("resources-" + type);
        Files.createDirectories(resources);
        Files.writeString(resources.resolve(Release.NAME + ".desktop"), desktopEntry());
        Files.copy(icon(icons), resources.resolve(Release.NAME + ".png"), StandardCopyOption.REPLACE_EXISTING);
        String jarTime = Long.toString(AotCache.jarTimeSeconds(appImage));
        if (type.equals("deb")) {
            writeScript(resources.resolve("postinst"), template("postinst").replace("@JAR_TIME@", jarTime));
            writeScript(resources.resolve("prerm"), template("prerm"));
        } else {
            Files.writeString(
                    resources.resolve(Release.PACKAGE_NAME + ".spec"),
                    template("fovea.spec").replace("@JAR_TIME@", jarTime));
        }
        List<String> arguments = commonOptions(type, appImage, output);
        arguments.addAll(List.of(
                "--resource-dir",
                resources.toString(),
                "--linux-package-name",
                Release.PACKAGE_NAME,
                "--linux-shortcut",
                "--linux-menu-group",
                "Graphics;Photography;Viewer"));
        arguments.addAll(typeOptions);
        return runJpackage(arguments, output, "." + type);
    }

    /**
     * The menu entry. Its MimeType line is all "Open with Fovea" needs: these types are standard, so unlike
     * jpackage's --file-associations nothing re-registers them with the system's MIME database.
     */
    static String desktopEntry() throws IOException {
        return template("Fovea.desktop");
    }

    private static String template(String name) throws IOException {
        try (InputStream in = LinuxInstallers.class.getResourceAsStream("linux/" + name)) {
            if (in == null) {
                throw new PackagingException("The packager jar lacks linux/" + name + ": rebuild it.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@LAUNCHER@", LAUNCHER)
                    .replace("@APP_FOLDER@", APP_FOLDER)
                    .replace("@COMMAND@", COMMAND)
                    .replace("@DESKTOP_SOURCE@", DESKTOP_SOURCE)
                    .replace("@DESKTOP_FILE@", DESKTOP_FILE)
                    .replace("@MIME_TYPES@", ImageTypes.desktopMimeTypes());
        }
    }

    private static void writeScript(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
