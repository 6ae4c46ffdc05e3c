package dev.fovea.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LinuxInstallersTest {
    @Test
    void theDesktopEntryOpensOneImageWithFovea() throws IOException {
        String entry = LinuxInstallers.desktopEntry();

        assertThat(entry)
                .contains("\nExec=APPLICATION_LAUNCHER %f\n")
                .contains("\nMimeType=" + ImageTypes.desktopMimeTypes() + "\n")
                .doesNotContain("@");
    }

    @Test
    void theDockMatchesTheWindowToTheEntryByTheApplicationClass() throws IOException {
        // JavaFX names the window's WM_CLASS after the Application subclass.
        String wmClass = LinuxInstallers.desktopEntry()
                .lines()
                .filter(line -> line.startsWith("StartupWMClass="))
                .findFirst()
                .orElseThrow()
                .substring("StartupWMClass=".length());
        Path source = Path.of(
                System.getProperty("fovea.repo.root", "."), "app/src/main/java", wmClass.replace('.', '/') + ".java");
        assumeTrue(Files.isDirectory(source.getParent().getParent()), "no app sources beside this module");
        assertThat(source)
                .as("the desktop entry's StartupWMClass names the JavaFX Application class")
                .exists();
    }

    @Test
    void theTemplatesKeepJpackagesPlaceholders() throws IOException {
        // jpackage fills these in; a template without them would lose its helper functions.
        assertThat(raw("postinst")).contains("LAUNCHER_AS_SERVICE_COMMANDS_INSTALL");
        assertThat(raw("prerm")).contains("COMMON_SCRIPTS", "LAUNCHER_AS_SERVICE_COMMANDS_UNINSTALL");
        assertThat(raw("fovea.spec")).contains("APPLICATION_DIRECTORY", "PACKAGE_CUSTOM_DEPENDENCIES");
    }

    @Test
    void thePathConstantsAgreeWithJpackagesLayout() {
        assertThat(LinuxInstallers.LAUNCHER).isEqualTo("/opt/fovea/bin/Fovea");
        assertThat(LinuxInstallers.APP_FOLDER).isEqualTo("/opt/fovea/lib/app");
        assertThat(LinuxInstallers.DESKTOP_SOURCE).isEqualTo("/opt/fovea/lib/fovea-Fovea.desktop");
    }

    private static String raw(String name) throws IOException {
        try (InputStream in = LinuxInstallers.class.getResourceAsStream("linux/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
