package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Windows .msi (jpackage drives the WiX Toolset, which must be installed). It installs per user, so
 * no administrator is asked, with a Start menu entry, a desktop shortcut and "Open with Fovea" for images.
 */
final class WindowsInstallers extends Installers {
    /** Ties every future version's .msi to this product, so that installing one upgrades the previous one. */
    static final String UPGRADE_UUID = "6f1d2a4e-3c8b-4b5e-9a57-0f0e5b7c2d91";
    /**
     * A second launcher that keeps its console, for the command line: Fovea.exe is a windowed program, and
     * Windows cannot tell it apart from fovea.exe.
     */
    static final String CONSOLE_LAUNCHER = "fovea-cli";

    WindowsInstallers(Tool jpackage, Release release, Path work) {
        super(jpackage, release, work);
    }

    @Override
    Path icon(Path icons) {
        return icons.resolve("fovea.ico");
    }

    @Override
    List<String> appImageOptions() throws IOException {
        Path properties = work.resolve(CONSOLE_LAUNCHER + ".properties");
        Files.createDirectories(work);
        Files.write(properties, List.of("win-console=true", "description=Fovea on the command line"));
        return List.of("--add-launcher", CONSOLE_LAUNCHER + "=" + properties);
    }

    @Override
    Path build(String type, Path appImage, Path icons, Path output) throws IOException {
        if (!type.equals("msi")) {
            throw new PackagingException("The Windows package is msi, not " + type + ".");
        }
        List<String> arguments = commonOptions(type, appImage, output);
        arguments.addAll(List.of(
                "--win-per-user-install",
                "--win-dir-chooser",
                "--win-menu",
                "--win-menu-group",
                Release.NAME,
                "--win-shortcut",
                "--win-upgrade-uuid",
                UPGRADE_UUID));
        arguments.addAll(ImageTypes.fileAssociationOptions(work.resolve("file-associations"), Platform.WINDOWS_X64));
        return runJpackage(arguments, output, ".msi");
    }
}
