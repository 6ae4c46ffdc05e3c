package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.backend.PhotoLibrary;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;

/**
 * Choosing another model in the app re-embeds the library in the background while the old model's index
 * keeps answering; once the new one has caught up, searches move to it.
 */
class RealModelSwitchTest extends RealLibraryTest {
    private static final String OTHER = "fixture-colour-copy";

    /** Enough photos that re-embedding them takes a moment. */
    @Override
    protected int photoCount() {
        return 50;
    }

    /** A second model installed: the fixture under another id. */
    @Override
    protected void prepare(FoveaHome home) throws IOException {
        super.prepare(home);
        Path copy = work.resolve("other-model");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(TestData.fixtureModel())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path manifest = copy.resolve("fovea-model.json");
        Files.writeString(
                manifest,
                Files.readString(manifest)
                        .replace("\"fixture-colour\"", "\"" + OTHER + "\"")
                        .replace("Fixture (colours)", "Fixture copy"));
        ModelResolver.store(home).importFrom(copy);
    }

    @Test
    void theOldIndexAnswersWhileTheNewModelCatchesUpThenSearchesMoveToIt() {
        awaitMain();
        awaitIndexed();
        await(() -> grid().hits().size() >= generated.size() / 2);
        assertThat(servingModel()).isEqualTo("fixture-colour");

        clickOn("Folders & indexing");
        @SuppressWarnings("unchecked")
        ComboBox<InstalledModel> models = lookup(".combo-box").queryAs(ComboBox.class);
        await(() -> models.getItems().size() == 2);
        interact(() -> models.setValue(models.getItems().stream()
                .filter(model -> model.id().equals(OTHER))
                .findFirst()
                .orElseThrow()));
        // The model section is below the fold of the library page; a person scrolls to it, the test presses it.
        Button use = lookup((javafx.scene.Node node) -> node instanceof Button button && "Use".equals(button.getText()))
                .queryButton();
        // The fixture model embeds 50 photos faster than a click lands, so the test pauses from the first
        // progress event of the new run, on the indexing thread itself, where a person would press "Pause".
        PhotoLibrary library = shell.context().backend().library();
        AtomicBoolean pausedOnce = new AtomicBoolean();
        library.addIndexingListener(progress -> {
            if (progress.state() == IndexingStatus.State.INDEXING
                    && progress.done() > 0
                    && pausedOnce.compareAndSet(false, true)) {
                library.pauseIndexing();
            }
        });
        interact(use::fire);
        await(() -> shell.context().indexing().property().get().state() == IndexingStatus.State.PAUSED);

        // Half way, the photos are still found through the old model's index.
        clickOn("Photos");
        clickOn(".search-field").write("red");
        awaitResultsFor("red");
        assertThat(colour(onFx(() -> grid().hits().getFirst()))).isEqualTo("red");
        assertThat(servingModel()).isEqualTo("fixture-colour");

        clickOn(lookup(".indexing-status .button").queryAs(Button.class));
        awaitIndexed();
        assertThat(servingModel()).isEqualTo(OTHER);
        clickOn(".search-field").eraseText(3).write("blue");
        awaitResultsFor("blue");
        List<PhotoHit> hits = onFx(() -> grid().hits());
        assertThat(colour(hits.getFirst())).isEqualTo("blue");
        assertThat(onFx(() -> shell.context().backend().library().status().modelId()))
                .isEqualTo(OTHER);
    }

    private String servingModel() {
        try (Library library = Library.open(home().root())) {
            return library.servingModel().orElseThrow();
        }
    }
}
