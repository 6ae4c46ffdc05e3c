package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.FoveaHome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A test that runs a command without --home (or a child JVM that does) must not write into the user's real
 * Fovea home: the build points FOVEA_HOME into the build folder, which child processes inherit too.
 */
class TestHomeTest {
    @Test
    void theDefaultHomeOfTestsLiesInTheBuildFolder() {
        Path repository = Path.of(System.getProperty("fovea.repo.root")).toAbsolutePath();

        Path home = FoveaHome.resolve(null).root();

        assertThat(home.startsWith(repository)).as(home.toString()).isTrue();
    }
}
