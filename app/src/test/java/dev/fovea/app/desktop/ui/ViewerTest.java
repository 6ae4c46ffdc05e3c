package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.fakes.FakeBackend;
import dev.fovea.app.desktop.map.PhotoClusters;
import dev.fovea.app.desktop.map.WorldMap;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class ViewerTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.indexed(200, work);
    }

    @Test
    void spaceOpensThePreviewArrowsMoveAndEscapeReturnsToTheSamePhoto() {
        awaitMain();
        awaitSettledGrid();
        List<PhotoHit> hits = onFx(() -> grid().hits());
        clickOn(onFx(() -> grid().tileNode(0)));
        await(() -> grid().isFocused());
        type(KeyCode.RIGHT);
        await(() -> grid().selection().focus() == 1);
        type(KeyCode.SPACE);
        await(() -> viewerOpen() && shell.main().viewer().current().equals(hits.get(1)));
        assertThat(lookup(".viewer-title").queryAs(Label.class).getText())
                .isEqualTo(hits.get(1).fileName());
        await(() -> lookup(".detail-value").tryQuery().isPresent());
        // The decoded picture replaces the thumbnail shown at first.
        await(() -> lookup(".viewer-stage .image-view")
                        .queryAs(javafx.scene.image.ImageView.class)
                        .getImage()
                instanceof javafx.scene.image.WritableImage);
        assertThat(lookup(".detail-label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Camera", "Exposure", "Size");
        assertThat(lookup(".detail-value").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).contains("1/250 s"));

        type(KeyCode.RIGHT);
        await(() -> shell.main().viewer().current().equals(hits.get(2)));
        type(KeyCode.LEFT, KeyCode.LEFT);
        await(() -> shell.main().viewer().current().equals(hits.get(0)));

        type(KeyCode.ESCAPE);
        await(() -> !viewerOpen());
        assertThat(onFx(() -> grid().selection().focus())).isZero();
        assertThat(onFx(() -> grid().isFocused())).isTrue();
    }

    @Test
    void actionsReachTheSystemAndOpenInMapShowsTheMapPage() {
        awaitMain();
        awaitSettledGrid();
        int located = onFx(() -> indexOfLocated(grid().hits()));
        interact(() -> grid().scrollToItem(located));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        doubleClickOn(onFx(() -> grid().tileNode(located)));
        await(() -> viewerOpen()
                && lookup(".hyperlink")
                        .tryQuery()
                        .map(javafx.scene.Node::isVisible)
                        .orElse(false));
        PhotoHit shown = onFx(() -> shell.main().viewer().current());
        var details =
                shell.context().backend().library().details(shown.photoId()).orElseThrow();
        Path path = shown.path();
        clickOn("Open");
        clickOn("Show in folder");
        clickOn("Copy");
        clickOn("Open in map");
        assertThat(system.calls).containsExactly("open " + path, "show " + path, "copy [" + path + "]");
        // The app's own map page opens, centred on the photo: no website.
        await(() -> !viewerOpen() && lookup(".world-map").tryQuery().isPresent());
        WorldMap map = lookup(".world-map").queryAs(WorldMap.class);
        await(() ->
                map.clusters().stream().mapToInt(PhotoClusters.Cluster::photos).sum() >= 1);
        assertThat(onFx(() -> map.clusters().stream()
                        .anyMatch(cluster -> cluster.area().south() <= details.latitude()
                                && cluster.area().north() >= details.latitude()
                                && cluster.area().west() <= details.longitude()
                                && cluster.area().east() >= details.longitude())))
                .as("the photo is on the map page")
                .isTrue();
    }

    private int indexOfLocated(List<PhotoHit> hits) {
        for (int i = 0; i < hits.size(); i++) {
            long id = hits.get(i).photoId();
            if (shell.context().backend().library().details(id).orElseThrow().hasLocation()) {
                return i;
            }
        }
        throw new AssertionError("No photo with a location");
    }

    private boolean viewerOpen() {
        return shell.main().viewer().root().getScene() != null;
    }
}
