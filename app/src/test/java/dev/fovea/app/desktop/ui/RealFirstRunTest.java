package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.testing.ColourPhotos;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.search.model.HubSources;
import dev.fovea.search.model.SpeedProbe;
import dev.fovea.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * First run on an empty home with the real backends: folders, then the model (the committed fixture model,
 * imported through the welcome screen), then indexing starts in the background, the app opens at once, and
 * searching finds what was indexed.
 */
class RealFirstRunTest extends RealLibraryTest {

    @Override
    protected void prepare(FoveaHome home) throws java.io.IOException {
        generated = ColourPhotos.write(photos(), 8);
    }

    @Test
    void foldersThenFixtureModelThenIndexingWhileTheAppIsUsable() throws Exception {
        await(() -> shell.welcome() != null);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Path> folders = lookup(".folder-list").queryAs(ListView.class);
        // Only the generated photos: not the Pictures folder of whoever runs the tests, which the welcome offers.
        interact(() -> folders.getItems().clear());
        choosers.answer(photos());
        clickOn("Add folder…");
        await(() -> shell.welcome().chosenFolders().equals(List.of(photos())));
        onFx(() -> Screenshots.save(stage.getScene(), "first-run-folders"));

        clickOn("Next");
        await(() -> lookup(".offer-card").tryQuery().isPresent());
        // The speed probe recommends one of two variants, by how fast (and how busy) the machine is.
        Formats formats = new Formats(shell.context().texts());
        List<String> sizes = List.of(SpeedProbe.FAST_CHOICE, SpeedProbe.SLOW_CHOICE).stream()
                .map(id -> "  ·  " + formats.bytes(HubSources.approximateBytes(id)))
                .toList();
        assertThat(lookup(".offer-detail").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Recommended  ·  ")
                        .satisfies(recommended -> assertThat(sizes).anyMatch(recommended::endsWith)));

        choosers.answer(TestData.fixtureModel());
        clickOn("Import a model folder…");
        await(() -> lookup(".model-status").queryAs(Label.class).getText().startsWith("Ready"));
        assertThat(lookup(".model-status").queryAs(Label.class).getText()).isEqualTo("Ready: Fixture (colours)");
        assertThat(home().models().resolve("fixture-colour/fovea-model.json")).exists();
        onFx(() -> Screenshots.save(stage.getScene(), "first-run-model"));

        clickOn("Start indexing");
        awaitMain();
        // The app is usable at once: photos appear as they are indexed.
        await(() -> !grid().hits().isEmpty());
        onFx(() -> Screenshots.save(stage.getScene(), "first-run-indexing"));
        awaitIndexed();
        // When the first run ends, every photo on screen shows its thumbnail: no tile is left a placeholder.
        awaitThumbnailsOnScreen();
        onFx(() -> Screenshots.save(stage.getScene(), "first-run-indexed"));
        clickOn(".search-field").write("green");
        awaitResultsFor("green");
        List<PhotoHit> hits = onFx(() -> grid().hits());
        assertThat(hits)
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.hasScore()).isTrue());
        assertThat(colour(hits.getFirst())).isEqualTo("green");
        assertThat(onFx(() -> shell.context().backend().library().status().indexed()))
                .isEqualTo(generated.size());
        assertThat(onFx(() -> shell.context().indexing().property().get().state()))
                .isEqualTo(IndexingStatus.State.FINISHED);
    }
}
