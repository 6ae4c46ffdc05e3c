package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.testing.TestData;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home holds paths, cameras and places: on POSIX systems only its owner may read it. */
class HomeModesTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();

    @Test
    void theHomeIsPrivateAndTheCatalogIsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX modes only");
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path home = temp.resolve("home");
        assertThat(cli.run(
                        "--home",
                        home.toString(),
                        "--model-dir",
                        TestData.fixtureModel().toString(),
                        "index",
                        photos.toString()))
                .as(cli.err())
                .isZero();
        assertThat(mode(home)).isEqualTo("rwx------");
        assertThat(mode(home.resolve("catalog.db"))).isEqualTo("rw-------");

        // A home made by an older version is made private when opened.
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(home.resolve("catalog.db"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(cli.run("--home", home.toString(), "status")).isZero();
        assertThat(mode(home)).isEqualTo("rwx------");
        assertThat(mode(home.resolve("catalog.db"))).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
