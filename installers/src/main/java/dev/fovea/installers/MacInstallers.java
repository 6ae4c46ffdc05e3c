package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The macOS .dmg with Fovea.app. The document types ("Open with Fovea") are part of the app's Info.plist,
 * so they go into the app image. Given a signing identity, both the app and the .dmg are signed with it
 * (notarizing is a separate step; see package-macos.sh).
 */
final class MacInstallers extends Installers {
    static final String BUNDLE_ID = "dev.fovea.Fovea";

    private final Optional<String> signingIdentity;

    MacInstallers(Tool jpackage, Release release, Path work, Optional<String> signingIdentity) {
        super(jpackage, release, work);
        this.signingIdentity = signingIdentity;
    }

    private List<String> signingOptions() {
        return signingIdentity
                .map(identity -> List.of("--mac-sign", "--mac-signing-key-user-name", identity))
                .orElse(List.of());
    }

    @Override
    Path icon(Path icons) {
        return icons.resolve("fovea.icns");
    }

    @Override
    List<String> appImageOptions() throws IOException {
        List<String> options = new ArrayList<>(List.of(
                "--mac-package-identifier",
                BUNDLE_ID,
                "--mac-package-name",
                Release.NAME,
                "--mac-app-category",
                "public.app-category.photography"));
        options.addAll(ImageTypes.fileAssociationOptions(work.resolve("file-associations"), Platform.MAC_AARCH64));
        options.addAll(signingOptions());
        return options;
    }

    @Override
    Path build(String type, Path appImage, Path icons, Path output) throws IOException {
        if (!type.equals("dmg")) {
            throw new PackagingException("The macOS package is dmg, not " + type + ".");
        }
        List<String> arguments = commonOptions(type, appImage, output);
        arguments.addAll(List.of("--mac-package-identifier", BUNDLE_ID));
        arguments.addAll(signingOptions());
        return runJpackage(arguments, output, ".dmg");
    }
}
