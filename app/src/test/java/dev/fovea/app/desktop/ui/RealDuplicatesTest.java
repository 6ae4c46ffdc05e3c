package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.FoveaHome;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Duplicates page on the real backends: a photo, its exact copy and a half-size re-encoding form one group,
 * best first; "keep best" asks, then hands only the others to the system's trash.
 */
class RealDuplicatesTest extends RealLibraryTest {
    private Path original;
    private Path copy;
    private Path smaller;

    /** One photo per colour: the fixture model, which sees only colours, takes two photos of one colour as one shot. */
    @Override
    protected int photoCount() {
        return 1;
    }

    @Override
    protected void prepare(FoveaHome home) throws IOException {
        super.prepare(home);
        original = generated.stream()
                .map(photo -> photo.path())
                .filter(path -> path.toString().endsWith(".jpg"))
                .findFirst()
                .orElseThrow();
        copy = Files.createDirectories(photos().resolve("Copies")).resolve("copy.jpg");
        Files.copy(original, copy);
        BufferedImage full = ImageIO.read(original.toFile());
        BufferedImage half = new BufferedImage(full.getWidth() / 2, full.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = half.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(full, 0, 0, half.getWidth(), half.getHeight(), null);
        graphics.dispose();
        smaller = photos().resolve("Copies/smaller.jpg");
        ImageIO.write(half, "jpg", smaller.toFile());
    }

    @Test
    void groupsCopiesBestFirstAndTrashesOnlyTheOthersAfterAsking() throws Exception {
        awaitMain();
        awaitSettledGrid();
        clickOn("Duplicates");
        await(() -> lookup(".duplicate-group").tryQuery().isPresent());
        assertThat(lookup(".duplicate-group").queryAll()).hasSize(1);
        assertThat(lookup(".duplicate-best").queryAs(Label.class).getText()).isEqualTo("Best");
        assertThat(lookup(".duplicate-badge").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Exact copy")
                .anyMatch(text -> text.matches("\\d+% similar"));
        settle();
        shot("duplicates");

        clickOn("Keep best, move 2 to trash");
        clickOn("Cancel");
        assertThat(system.calls).noneMatch(call -> call.startsWith("trash"));

        clickOn("Keep best, move 2 to trash");
        clickOn("Move 2 to trash");
        await(() -> lookup(".duplicate-group").tryQuery().isEmpty());
        assertThat(system.calls)
                .filteredOn(call -> call.startsWith("trash"))
                .singleElement()
                .satisfies(call -> {
                    assertThat(call).contains(smaller.toString());
                    assertThat(call.contains(copy.toString()) != call.contains(original.toString()))
                            .as("of the two identical files, exactly one is kept: " + call)
                            .isTrue();
                });
    }

    private void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) throws Exception {
        Path file = onFx(() -> Screenshots.save(stage.getScene(), name));
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
