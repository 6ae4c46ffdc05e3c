package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.IndexingProgress;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** First run: folders, then the model (imported from the fixture model's folder), then indexing starts and the app opens. */
class FirstRunFlowTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.firstRun(120, 60, 400, work);
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
        assertThat(lookup(".offer-detail").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText()).contains("397 MB"));
        onFx(() -> Screenshots.save(stage.getScene(), "first-run-model"));

        choosers.answer(fixtureModel());
        clickOn("Import a model folder…");
        await(() -> lookup(".model-status").queryAs(Label.class).getText().startsWith("Ready"));
        assertThat(shell.context().backend().models().active()).isPresent();

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

    @Test
    void downloadShowsProgressAndSize() {
        await(() -> shell.welcome() != null);
        choosers.answer(FakeBackend.PHOTOS);
        clickOn("Add folder…");
        clickOn("Next");
        await(() -> lookup(".offer-card").tryQuery().isPresent());
        clickOn(lookup(".offer-card .accent").queryButton());
        await(() -> lookup(".progress-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        await(() -> lookup(".model-status").queryAs(Label.class).getText().contains("MobileCLIP-S2"));
        assertThat(onFx(() -> shell.context().backend().models().active().orElseThrow().id())).isEqualTo("mobileclip-s2");
    }

    /** The committed fixture model's folder, or (until it lands) a folder with the same kind of manifest. */
    private Path fixtureModel() throws IOException {
        Path fixture = TestData.fixtureModel();
        if (Files.isRegularFile(fixture.resolve("fovea-model.json"))) {
            return fixture;
        }
        Path stand_in = Files.createDirectories(work.resolve("fixture-model"));
        Files.writeString(stand_in.resolve("fovea-model.json"),
                "{\"format\":1,\"id\":\"fixture-colour\",\"display_name\":\"Fixture (colours)\",\"random_weights\":true}");
        return stand_in;
    }
}
