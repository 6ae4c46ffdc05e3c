package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.bench.TextPictures;
import dev.fovea.indexer.bench.TextPictures.Background;
import dev.fovea.indexer.bench.TextPictures.Spec;
import dev.fovea.indexer.text.TessdataLocation;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.search.FoveaException;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app reads the text in photos while it indexes (here every photo: the colour fixture model cannot tell text
 * from anything), a search finds a photo by a word written in it and says so, and the viewer shows the words,
 * selectable, with their outlines over the picture.
 */
class RealTextTest extends RealLibraryTest {
    private static final List<String> SIGNS =
            List.of("PELICAN BAKERY|open daily 8 to 20", "wifi password|zebra lighthouse", "Rua Augusta|Lisboa 1100");

    @Override
    protected void prepare(FoveaHome home) throws IOException {
        try {
            TessdataLocation.find();
        } catch (FoveaException missing) {
            assumeTrue(false, missing.getMessage());
        }
        super.prepare(home);
        Path signs = photos().resolve("signs");
        Files.createDirectories(signs);
        Color[] papers = {new Color(250, 246, 235), new Color(232, 242, 255), new Color(255, 236, 225)};
        for (int i = 0; i < SIGNS.size(); i++) {
            Spec spec = new Spec(
                    "sign" + i,
                    List.of(SIGNS.get(i).split("\\|")),
                    "SansSerif",
                    56,
                    0,
                    Background.PLAIN,
                    papers[i],
                    new Color(30, 30, 40),
                    1000,
                    640);
            ImageIO.write(
                    TextPictures.render(spec),
                    "jpg",
                    signs.resolve("sign" + i + ".jpg").toFile());
        }
        try (Library library = Library.open(home.root())) {
            library.setTextMode(TextMode.ALL);
        }
    }

    @Test
    void aWordWrittenInAPhotoFindsItAndTheViewerShowsAndOutlinesTheWords() throws Exception {
        awaitMain();
        // Reading text comes after embedding, and on a busy machine takes longer than the usual wait.
        WaitForAsyncUtils.waitFor(
                180,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> shell.context() != null
                                && shell.context().indexing().property().get().state()
                                        == dev.fovea.app.desktop.backend.IndexingStatus.State.FINISHED)
                        .get());
        clickOn(".search-field").write("pelican");
        awaitResultsFor("pelican");
        await(() -> !grid().hits().isEmpty() && grid().hits().getFirst().path().endsWith("sign0.jpg"));
        PhotoHit first = onFx(() -> grid().hits().getFirst());
        assertThat(first.lexicalHits()).containsExactly("PELICAN");
        settle();
        shot("text-search-result");

        clickOn(onFx(() -> grid().tileNode(0)));
        type(KeyCode.SPACE);
        await(() -> lookup(".viewer-text").tryQuery().map(Node::isVisible).orElse(false)
                && !lookup(".viewer-text").queryAs(TextArea.class).getText().isEmpty());
        TextArea text = lookup(".viewer-text").queryAs(TextArea.class);
        String shown = onFx(() -> text.getText());
        assertThat(shown).contains("PELICAN BAKERY").contains("open daily");
        assertThat(onFx(() -> text.isEditable())).isFalse();
        interact(text::selectAll);
        String selected = onFx(() -> text.getSelectedText());
        assertThat(selected).isEqualTo(shown);

        moveTo(".viewer-stage");
        await(() -> lookup(".word-outlines").query().isVisible());
        List<Rectangle> outlines = onFx(() ->
                lookup(".word-outline").queryAllAs(Rectangle.class).stream().toList());
        assertThat(outlines).hasSizeGreaterThanOrEqualTo(5);
        assertThat(outlines)
                .allSatisfy(outline -> assertThat(outline.getWidth()).isPositive());
        settle();
        shot("viewer-text");
    }

    private void shot(String name) throws IOException {
        Path file = onFx(() -> Screenshots.save(stage.getScene(), name));
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
