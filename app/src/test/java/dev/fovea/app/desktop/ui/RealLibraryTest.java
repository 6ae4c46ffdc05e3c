package dev.fovea.app.desktop.ui;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.home.HomeBackends;
import dev.fovea.app.desktop.testing.ColourPhotos;
import dev.fovea.app.setup.IndexingSeams;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;

/**
 * The desktop app over the real backends on a temporary home: the indexer's library, search over its
 * serving index, the model store with the committed fixture model, and a folder of generated colour photos.
 */
abstract class RealLibraryTest extends ShellTest {
    protected List<ColourPhotos.Photo> generated;

    protected FoveaHome home() {
        return new FoveaHome(work.resolve("home"));
    }

    protected Path photos() {
        return work.resolve("photos");
    }

    /**
     * What is there before the app opens. By default, as after an earlier session that was closed before
     * indexing: the photo folder in the library and the fixture model installed; the app catches up on opening.
     */
    protected void prepare(FoveaHome home) throws IOException {
        generated = ColourPhotos.write(photos(), photoCount());
        ModelResolver.store(home).importFrom(TestData.fixtureModel());
        try (Library library = Library.open(home.root())) {
            library.addRoot(photos());
            // The colour-only fixture model's text gate passes every picture, and Tesseract reading 30 camera
            // photos takes minutes: these tests are about other things (RealTextTest reads text).
            library.setTextMode(TextMode.OFF);
        }
    }

    /**
     * As {@code fovea index --model-dir}: {@link #photoCount} photos generated, their folder in the library and
     * indexed with the fixture model, which is not installed in the home.
     */
    protected void indexWithoutInstallingTheModel(FoveaHome home) throws IOException {
        generated = ColourPhotos.write(photos(), photoCount());
        try (Library library = Library.open(home.root());
                EmbeddingModel model = EmbeddingModel.open(ModelDirectory.open(TestData.fixtureModel()))) {
            library.addRoot(photos());
            library.setTextMode(TextMode.OFF);
            IndexingSeams seams = IndexingSeams.over(model);
            library.startIndexing(seams.encoder(), seams.decoder(), IndexingOptions.defaults(), null)
                    .await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** How many colour photos {@link #prepare} generates. */
    protected int photoCount() {
        return 4;
    }

    @Override
    protected final DesktopBackend backend(Path work) {
        try {
            prepare(home());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DesktopBackend backend = HomeBackends.open(home());
        opened(backend);
        return backend;
    }

    /** Told of the backend before the app uses it, e.g. to follow indexing from its very start. */
    protected void opened(DesktopBackend backend) {}

    /** Closes the window, which stops indexing and closes the library, before the temporary home is deleted. */
    @AfterEach
    void closeWindow() {
        interact(() -> stage.hide());
    }

    protected void awaitIndexed() {
        await(() -> shell.context() != null
                && shell.context().indexing().property().get().state() == IndexingStatus.State.FINISHED);
    }

    protected ColourPhotos.Photo generated(PhotoHit hit) {
        return ColourPhotos.find(generated, hit.path())
                .orElseThrow(() -> new AssertionError(hit.path() + " was not generated"));
    }

    protected String colour(PhotoHit hit) {
        return generated(hit).colour();
    }

    /** The sidebar's entry for an album, search or category, when it lists it. */
    protected Optional<ToggleButton> albumToggle(String name) {
        return onFx(() -> lookup(".album-item").queryAllAs(ToggleButton.class).stream()
                .filter(toggle -> name.equals(toggle.getUserData()))
                .findFirst());
    }

    /** The count the sidebar shows beside an album, when it lists it. */
    protected Optional<String> albumCount(String name) {
        return albumToggle(name).map(toggle -> {
            Node count = toggle.getGraphic().lookup(".sidebar-count");
            return ((Label) count).getText();
        });
    }
}
