package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.testing.ColourPhotos;
import dev.fovea.app.instance.AppInstance;
import dev.fovea.app.instance.LaunchRequest;
import dev.fovea.indexer.Library;
import dev.fovea.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fovea index while another Fovea writes to the home: refused without changes, or handed to the open app. */
class SharedHomeCommandTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();
    private Path home;
    private Path photos;

    @BeforeEach
    void folders() throws Exception {
        home = temp.resolve("home");
        photos = temp.resolve("photos");
        ColourPhotos.write(photos, 1);
    }

    private int index() {
        return cli.run(
                "--home",
                home.toString(),
                "--model-dir",
                TestData.fixtureModel().toString(),
                "index",
                photos.toString());
    }

    @Test
    void aRefusedIndexAddsNoFolder() {
        try (Library writer = Library.open(home)) {
            writer.claimIndexing();
            assertThat(index()).isEqualTo(FoveaCli.FAILURE);
            assertThat(cli.err()).contains("Another Fovea is indexing");
            assertThat(writer.roots()).isEmpty();
        }
    }

    @Test
    void theOpenAppIsHandedTheFoldersToIndex() {
        List<LaunchRequest> received = new CopyOnWriteArrayList<>();
        try (Library writer = Library.open(home);
                AppInstance app = AppInstance.claim(home).orElseThrow()) {
            writer.claimIndexing();
            app.onRequest(received::add);
            assertThat(index()).as(cli.err()).isZero();
            assertThat(cli.err()).contains("is adding and indexing " + photos);
            assertThat(received).containsExactly(new LaunchRequest.Index(List.of(photos)));
            assertThat(writer.roots()).as("the app adds it, not the command").isEmpty();
        }
    }
}
