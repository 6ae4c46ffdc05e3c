package dev.fovea.app.desktop.grid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.ui.DisplayCondition;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tile shows its overlays (hover text, stack and video badges, check mark) once they are needed, each at its place
 * in the stack whatever order they came in, and a tile that needs none is just its placeholder and thumbnail.
 */
@Tag("ui")
@ExtendWith(DisplayCondition.class)
class PhotoTileTest extends ApplicationTest {
    @TempDir
    static Path thumbnails;

    private final List<Integer> expanded = new ArrayList<>();

    @Override
    public void start(Stage stage) {}

    @Test
    void aPlainPhotoIsItsPlaceholderAndThumbnailAlone() {
        List<String> classes = onFx(() -> {
            PhotoTile tile = shown(hit(1, List.of(), false), 0);
            tile.mark(false, true);
            return styleClasses(tile);
        });
        assertThat(classes).containsExactly("photo-tile-placeholder", "image-view");
    }

    @Test
    void overlaysStackInTheirOrderWhicheverCameFirst() {
        List<String> classes = onFx(() -> {
            PhotoTile tile = shown(hit(1, List.of(), true), 4);
            tile.mark(true, false);
            // Stacked duplicates arrive with the next results, and the pointer comes last.
            tile.show(4, hit(1, List.of(hit(2, List.of(), false)), true), new Text(), cache(), 180, 180);
            Event.fireEvent(tile, mouse(MouseEvent.MOUSE_ENTERED));
            return styleClasses(tile);
        });
        assertThat(classes)
                .containsExactly(
                        "photo-tile-placeholder",
                        "image-view",
                        "photo-tile-info",
                        "photo-tile-badge",
                        "photo-tile-video",
                        "photo-tile-check");
    }

    @Test
    void theStackBadgeExpandsItsTilesPhotoAndTheHoverTextFollowsThePhoto() {
        String hover = onFx(() -> {
            PhotoTile tile = shown(hit(1, List.of(hit(2, List.of(), false)), false), 7);
            Event.fireEvent(tile, mouse(MouseEvent.MOUSE_ENTERED));
            tile.show(9, hit(3, List.of(hit(4, List.of(), false)), false), new Text(), cache(), 180, 180);
            Label badge = (Label) tile.lookup(".photo-tile-badge");
            Event.fireEvent(badge, mouse(MouseEvent.MOUSE_CLICKED));
            assertThat(badge.getText()).isEqualTo("2");
            return ((Label) tile.lookup(".photo-tile-info")).getText();
        });
        assertThat(expanded).containsExactly(9);
        assertThat(hover).isEqualTo("photo 3");
    }

    private PhotoTile shown(PhotoHit hit, int index) {
        PhotoTile tile = new PhotoTile(expanded::add);
        tile.show(index, hit, new Text(), cache(), 180, 180);
        return tile;
    }

    private static ThumbnailCache cache() {
        return new ThumbnailCache(
                hash -> thumbnails.resolve(hash + ".jpg").toUri().toString(), 1L << 20);
    }

    /** Each child's last style class: what it is, in stacking order (bottom first). */
    private static List<String> styleClasses(PhotoTile tile) {
        return tile.getChildren().stream()
                .map(Node::getStyleClass)
                .map(List::getLast)
                .toList();
    }

    private static MouseEvent mouse(EventType<MouseEvent> type) {
        return new MouseEvent(
                type,
                1,
                1,
                1,
                1,
                MouseButton.PRIMARY,
                1,
                false,
                false,
                false,
                false,
                true,
                false,
                false,
                false,
                false,
                false,
                null);
    }

    private <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static PhotoHit hit(int id, List<PhotoHit> stacked, boolean video) {
        return new PhotoHit(
                id,
                thumbnails.resolve("photo-" + id + ".jpg"),
                "%064x".formatted(id),
                Float.NaN,
                LocalDateTime.of(2024, 1, 1, 0, 0),
                List.of(),
                stacked,
                video,
                video ? 42.0 : null);
    }

    private static final class Text implements TileText {
        @Override
        public String hover(PhotoHit hit) {
            return "photo " + hit.photoId();
        }

        @Override
        public String why(PhotoHit hit) {
            return "";
        }

        @Override
        public String accessible(PhotoHit hit) {
            return "photo " + hit.photoId();
        }
    }
}
