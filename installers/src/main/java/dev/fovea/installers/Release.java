package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

/**
 * What every package says about Fovea. The version comes from the app jar the build stamped, without a
 * qualifier: installers take numbers only (0.1.0-SNAPSHOT is packaged as 0.1.0).
 */
record Release(String version) {
    static final String NAME = "Fovea";
    static final String PACKAGE_NAME = "fovea";
    static final String VENDOR = "Fovea";
    static final String DESCRIPTION = "Private, offline semantic photo search";
    static final String COPYRIGHT = "Copyright the Fovea authors";
    static final String MAIN_CLASS = "dev.fovea.app.Main";

    /** The jpackage options that describe Fovea, the same in the app image and in every package. */
    List<String> jpackageOptions() {
        return List.of(
                "--name", NAME,
                "--app-version", version,
                "--vendor", VENDOR,
                "--description", DESCRIPTION,
                "--copyright", COPYRIGHT);
    }

    static Release of(Path appJar) throws IOException {
        try (JarFile jar = new JarFile(appJar.toFile())) {
            String version = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
            if (version == null) {
                throw new PackagingException(
                        appJar + " has no Implementation-Version: build it with ./mvnw -pl app -am package.");
            }
            return new Release(version.replaceFirst("-.*$", ""));
        }
    }
}
