package dev.fovea.app.desktop.grid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.ui.DisplayCondition;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tiles whose thumbnails are still loading when the grid shows new results (fresh photos while indexing, the
 * refresh at its end) end up showing them, whichever recycled tile each photo lands in.
 */
@Tag("ui")
@ExtendWith(DisplayCondition.class)
class GridThumbnailsTest extends ApplicationTest {
    private static final int PHOTOS = 60;
    private static final PseudoClass LOADED = PseudoClass.getPseudoClass("loaded");

    @TempDir
    static Path thumbnails;

    private PhotoGrid grid;
    private Scene scene;

    @Override
    public void start(Stage stage) throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < PHOTOS + 6 && !Files.exists(thumbnails.resolve(hash(i) + ".jpg")); i++) {
            // Large enough that loading takes a while: the next results arrive while most are still loading.
            BufferedImage picture = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = picture.createGraphics();
            for (int blob = 0; blob < 400; blob++) {
                graphics.setColor(new Color(random.nextInt(0xffffff)));
                graphics.fillOval(random.nextInt(1024), random.nextInt(1024), 40, 40);
            }
            graphics.dispose();
            ImageIO.write(picture, "jpg", thumbnails.resolve(hash(i) + ".jpg").toFile());
        }
        ThumbnailCache cache = new ThumbnailCache(
                hash -> thumbnails.resolve(hash + ".jpg").toUri().toString(), 1L << 28);
        grid = new PhotoGrid(cache, new PlainTileText());
        scene = new Scene(grid, 1280, 820);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Two tiles show one photo for a moment when results move under recycled tiles: the one that lets go must not
     * cancel the load the other still waits for (a cancelled image is an error, and stays a placeholder).
     */
    @Test
    void aTileLettingGoDoesNotCancelAThumbnailAnotherTileShows() throws Exception {
        ThumbnailCache cache = new ThumbnailCache(
                hash -> thumbnails.resolve(hash + ".jpg").toUri().toString(), 1L << 28);
        Image[] kept = new Image[1];
        interact(() -> {
            Image leaving = cache.get(hash(0), 256);
            kept[0] = cache.get(hash(0), 256);
            cache.abandon(hash(0), null, 256, leaving);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> kept[0].getProgress() >= 1);
        assertThat(kept[0].isError()).as("error: %s", kept[0].getException()).isFalse();
    }

    @Test
    void freshPhotosArrivingWhileThumbnailsLoad() throws Exception {
        List<PhotoHit> before = hits(6, PHOTOS + 6);
        // Newest first: the fresh photos go to the top and push the others along.
        List<PhotoHit> after = hits(0, PHOTOS + 6);
        showTwiceBeforeAnyThumbnailArrives(before, after);
        awaitThumbnailsOnScreen();
    }

    @Test
    void photosMovingUpWhileThumbnailsLoad() throws Exception {
        // The first row's photos left the results (re-ranked away, removed from the album): the rest move up a row.
        showTwiceBeforeAnyThumbnailArrives(hits(0, PHOTOS + 6), hits(6, PHOTOS + 6));
        awaitThumbnailsOnScreen();
    }

    @Test
    void theSameResultsAgainWhileThumbnailsLoad() throws Exception {
        showTwiceBeforeAnyThumbnailArrives(hits(0, PHOTOS), hits(0, PHOTOS));
        awaitThumbnailsOnScreen();
    }

    /**
     * Each keystroke's results rebind the rows on screen: their tiles stay in the scene (a node put back into the scene
     * is styled afresh with its whole subtree, which cost more than the rest of a keystroke's grid update).
     */
    @Test
    void newResultsRebindRowsWithoutTakingTilesOutOfTheScene() throws Exception {
        AtomicInteger leftTheScene = new AtomicInteger();
        interact(() -> {
            grid.setContent(hits(0, PHOTOS), List.of(), null, false);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            for (Node tile : tilesOnScreen()) {
                tile.sceneProperty().addListener((property, old, now) -> leftTheScene.incrementAndGet());
            }
            // The next keystrokes' results: other photos, in other places.
            grid.setContent(hits(3, PHOTOS + 3), List.of(), null, false);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            grid.setContent(hits(1, PHOTOS - 1), List.of(), null, false);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        assertThat(leftTheScene).hasValue(0);
        awaitThumbnailsOnScreen();
    }

    /** Rows that fewer results leave empty let go of their photos: no thumbnail loads for a photo not shown. */
    @Test
    void fewerResultsLetGoOfThePhotosNoLongerShown() throws Exception {
        interact(() -> {
            grid.setContent(hits(0, PHOTOS), List.of(), null, false);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            grid.setContent(hits(0, 8), List.of(), null, false);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        List<PhotoTile> holding = WaitForAsyncUtils.asyncFx(() -> grid.lookupAll(".photo-tile").stream()
                        .map(PhotoTile.class::cast)
                        .filter(tile -> tile.hit() != null)
                        .toList())
                .get();
        assertThat(holding)
                .hasSize(8)
                .allSatisfy(tile -> assertThat(tile.hit().photoId()).isLessThan(8));
    }

    private void showTwiceBeforeAnyThumbnailArrives(List<PhotoHit> first, List<PhotoHit> second) {
        interact(() -> {
            grid.setContent(first, List.of(), null, false);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            grid.setContent(second, List.of(), null, true);
            scene.getRoot().layout();
        });
    }

    private void awaitThumbnailsOnScreen() throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> {
                            List<Node> tiles = tilesOnScreen();
                            return !tiles.isEmpty()
                                    && tiles.stream()
                                            .allMatch(tile ->
                                                    tile.getPseudoClassStates().contains(LOADED));
                        })
                        .get());
        assertThat(WaitForAsyncUtils.asyncFx(this::tilesOnScreen).get()).hasSizeGreaterThan(12);
    }

    private List<Node> tilesOnScreen() {
        return IntStream.range(0, grid.hits().size())
                .mapToObj(grid::tileNode)
                .filter(Objects::nonNull)
                .toList();
    }

    /** Photos {@code from} (inclusive) to {@code to}, each a new hit as a new search returns them. */
    private static List<PhotoHit> hits(int from, int to) {
        List<PhotoHit> hits = new ArrayList<>();
        for (int i = from; i < to; i++) {
            hits.add(new PhotoHit(
                    i,
                    thumbnails.resolve(hash(i) + ".jpg"),
                    hash(i),
                    Float.NaN,
                    LocalDateTime.of(2024, 1, 1, 0, 0).minusDays(i),
                    List.of(),
                    List.of()));
        }
        return hits;
    }

    private static String hash(int i) {
        return String.format(Locale.ROOT, "%064x", i + 1);
    }

    private static final class PlainTileText implements TileText {
        @Override
        public String hover(PhotoHit hit) {
            return hit.fileName();
        }

        @Override
        public String why(PhotoHit hit) {
            return "";
        }

        @Override
        public String accessible(PhotoHit hit) {
            return hit.fileName();
        }
    }
}
