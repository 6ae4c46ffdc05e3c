package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.LibraryFolder;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A home indexed from the command line with {@code --model-dir}: its folder is in the library and indexed, but no
 * model is installed, so the first-run welcome opens. It lists the library's folder (not an empty list), keeps it
 * (it cannot be removed there), and once a model is chosen the app opens on the photos already indexed.
 */
class RealWizardLibraryFoldersTest extends RealLibraryTest {

    @Override
    protected void prepare(FoveaHome home) throws java.io.IOException {
        indexWithoutInstallingTheModel(home);
    }

    @Test
    void theWelcomeListsTheFoldersTheLibraryHoldsAndKeepsThem() throws Exception {
        await(() -> shell.welcome() != null);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Path> folders = lookup(".folder-list").queryAs(ListView.class);
        assertThat(onFx(() -> List.copyOf(folders.getItems()))).containsExactly(photos());
        assertThat(shell.welcome().chosenFolders()).containsExactly(photos());
        clickOn(photos() + "  (in your library)");
        assertThat(lookup("Remove").queryAs(Button.class).isDisabled()).isTrue();
        onFx(() -> Screenshots.save(stage.getScene(), "first-run-library-folders"));

        clickOn("Next");
        choosers.answer(TestData.fixtureModel());
        clickOn("Import a model folder…");
        await(() -> lookup(".model-status").queryAs(Label.class).getText().startsWith("Ready"));
        clickOn("Start indexing");
        awaitMain();
        // What the command line indexed is there at once, and the folder is still the library's only one.
        await(() -> grid().hits().size() == generated.size());
        assertThat(onFx(() -> shell.context().backend().library().folders()))
                .extracting(LibraryFolder::path)
                .containsExactly(photos());
    }
}
