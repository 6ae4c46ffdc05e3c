package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.IndexingProgress;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.app.desktop.home.StoreModels;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.search.model.ModelRegistry;
import dev.fovea.search.model.download.HubSources;
import dev.fovea.search.model.ModelStore;
import dev.fovea.testing.TestData;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * First run: folders, then the model (the committed fixture model, imported by the real model store), then
 * indexing starts in the background and the app opens at once.
 */
class FirstRunFlowTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.firstRun(120, 60, new StoreModels(new ModelStore(work.resolve("home/models"))), work);
    }

    @Test
    void foldersThenFixtureModelThenIndexingWhileTheAppIsUsable() throws Exception {
        await(() -> shell.welcome() != null);
        WaitForAsyncUtils.waitForFxEvents();
        choosers.answer(FakeBackend.PHOTOS);
        clickOn("Add folder…");
        await(() -> shell.welcome().chosenFolders().contains(FakeBackend.PHOTOS));
        assertThat(lookup(".folder-list").queryAs(ListView.class).getItems()).contains(FakeBackend.PHOTOS);
        onFx(() -> Screenshots.save(stage.getScene(), "first-run-folders"));

        clickOn("Next");
        await(() -> lookup(".offer-card").tryQuery().isPresent());
        String size = new Formats(shell.context().texts()).bytes(HubSources.approximateBytes(ModelRegistry.DEFAULT_DOWNLOAD));
        assertThat(lookup(".offer-detail").queryAllAs(Label.class)).extracting(Label::getText).contains("Recommended  ·  " + size);
        onFx(() -> Screenshots.save(stage.getScene(), "first-run-model"));

        choosers.answer(TestData.fixtureModel());
        clickOn("Import a model folder…");
        await(() -> lookup(".model-status").queryAs(Label.class).getText().startsWith("Ready"));
        assertThat(lookup(".model-status").queryAs(Label.class).getText()).isEqualTo("Ready: Fixture (colours)");
        assertThat(onFx(() -> shell.context().backend().models().active().orElseThrow().id())).isEqualTo("fixture-colour");
        assertThat(work.resolve("home/models/fixture-colour/fovea-model.json")).exists();

        clickOn("Start indexing");
        awaitMain();
        // Indexing runs in the background while the app is already usable: photos appear as they are done.
        await(() -> shell.context().indexing().property().get().state() == IndexingProgress.State.INDEXING);
        await(() -> grid().hits().size() > 0);
        onFx(() -> Screenshots.save(stage.getScene(), "indexing"));
        clickOn(".search-field").write("green");
        awaitResultsFor("green");
        assertThat(onFx(() -> grid().hits())).isNotEmpty().allSatisfy(hit -> assertThat(hit.hasScore()).isTrue());
        await(() -> shell.context().indexing().property().get().state() == IndexingProgress.State.FINISHED);
    }
}
