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

    /**
     * A shared folder like /tmp keeps its modes, whether it is given as the home (holding a catalog.db) or holds
     * one: /tmp once turned 0700 during a test session, which broke apt-get.
     */
    @Test
    void aSharedFolderKeepsItsModes() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX modes only");
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(cli.run("--home", shared.resolve("home").toString(), "status"))
                .as(cli.err())
                .isZero();
        assertThat(cli.run("--home", shared.toString(), "status")).as(cli.err()).isZero();
        assertThat(shared.resolve("catalog.db")).exists();
        assertThat(cli.run("--home", shared.toString(), "status")).as(cli.err()).isZero();

        assertThat(mode(shared)).isEqualTo("rwxrwxrwx");
        assertThat(mode(shared.resolve("home"))).isEqualTo("rwx------");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
