package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The native packages of one system, built with jpackage from the app image. */
abstract class Installers {
    final Tool jpackage;
    final Release release;
    final Path work;

    Installers(Tool jpackage, Release release, Path work) {
        this.jpackage = jpackage;
        this.release = release;
        this.work = work;
    }

    /** @param macSigningIdentity the Developer ID certificate's name to sign the macOS app with, if any */
    static Installers of(
            Platform platform, Tool jpackage, Release release, Path work, Optional<String> macSigningIdentity) {
        if (platform.isLinux()) {
            return new LinuxInstallers(platform, jpackage, release, work);
        }
        return platform.isMac()
                ? new MacInstallers(jpackage, release, work, macSigningIdentity)
                : new WindowsInstallers(jpackage, release, work);
    }

    /** The icon file the launcher and the packages show, from installers/src/icons. */
    abstract Path icon(Path icons);

    /** What the app image needs on this system beyond the common options. */
    abstract List<String> appImageOptions() throws IOException;

    /** Builds a package of {@code type} from the app image into {@code output} and returns it. */
    abstract Path build(String type, Path appImage, Path icons, Path output) throws IOException;

    final List<String> commonOptions(String type, Path appImage, Path output) {
        List<String> options = new ArrayList<>(List.of("--type", type, "--app-image", appImage.toString()));
        options.addAll(release.jpackageOptions());
        options.addAll(List.of("--dest", output.toString()));
        return options;
    }

    final Path runJpackage(List<String> arguments, Path output, String extension) throws IOException {
        jpackage.run(arguments);
        return Outputs.newest(output, extension);
    }
}
