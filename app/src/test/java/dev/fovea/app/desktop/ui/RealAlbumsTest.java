package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.AlbumRow;
import dev.fovea.indexer.catalog.PhotoRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Albums on the real backends: made from the grid's context menu, filled from the viewer, opened from the sidebar
 * as a filter that searches stay inside, emptied, renamed and deleted; the catalog (what the CLI reads) follows.
 */
class RealAlbumsTest extends RealLibraryTest {

    @Test
    void makeFillOpenSearchInsideRenameAndDeleteAnAlbum() throws Exception {
        awaitMain();
        awaitSettledGrid();
        clickOn(".search-field").write("red");
        awaitResultsFor("red");
        PhotoHit first = onFx(() -> grid().hits().get(0));
        PhotoHit second = onFx(() -> grid().hits().get(1));
        assertThat(List.of(colour(first), colour(second))).containsOnly("red");

        rightClickOn(onFx(() -> grid().tileNode(0)));
        clickOn("Add to album");
        clickOn("New album…");
        await(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        clickOn(".dialog-pane .text-field").write("Reds");
        clickOn("Create");
        await(() -> albumCount("Reds").equals(Optional.of("1")));

        // The viewer's "Add to album" puts the photo it shows in the album.
        doubleClickOn(onFx(() -> grid().tileNode(1)));
        await(() -> shell.main().viewer().root().getScene() != null
                && shell.main().viewer().current().photoId() == second.photoId());
        clickOn("#albumButton");
        // The menu's item, not the sidebar's toggle of the same name.
        await(() -> menuItem("Reds").isPresent());
        clickOn(menuItem("Reds").orElseThrow());
        await(() -> albumCount("Reds").equals(Optional.of("2")));
        type(KeyCode.ESCAPE);

        clickOn(albumToggle("Reds").orElseThrow());
        await(() -> chip("Album: Reds") && settled() && grid().hits().size() == 2);
        assertThat(onFx(() -> grid().hits().stream().map(PhotoHit::photoId).toList()))
                .containsExactlyInAnyOrder(first.photoId(), second.photoId());
        assertThat(onFx(() -> albumToggle("Reds").orElseThrow().isSelected())).isTrue();
        settle();
        shot("albums");

        // A search inside the album finds only its photos.
        clickOn(".search-field").eraseText("red".length()).write("blue");
        awaitResultsFor("blue");
        await(this::settled);
        assertThat(onFx(() -> grid().hits().stream().map(PhotoHit::photoId).toList()))
                .isNotEmpty()
                .isSubsetOf(first.photoId(), second.photoId());
        clickOn(".search-field").eraseText("blue".length());
        awaitResultsFor("");

        rightClickOn(onFx(() -> grid().tileNode(0)));
        clickOn("Remove from “Reds”");
        await(() -> albumCount("Reds").equals(Optional.of("1"))
                && settled()
                && grid().hits().size() == 1);

        rightClickOn(albumToggle("Reds").orElseThrow());
        clickOn("Rename…");
        await(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField name = lookup(".dialog-pane .text-field").queryAs(TextField.class);
        interact(name::clear);
        clickOn(name).write("Crimson");
        clickOn("Rename");
        await(() -> albumCount("Crimson").isPresent() && chip("Album: Crimson"));
        try (Library library = Library.open(home().root())) {
            assertThat(library.albums().list()).extracting(AlbumRow::name).containsExactly("Crimson");
            assertThat(library.albums().photos("Crimson"))
                    .extracting(PhotoRow::id)
                    .containsExactly(onFx(() -> grid().hits().getFirst().photoId()));
        }

        rightClickOn(albumToggle("Crimson").orElseThrow());
        clickOn("Delete…");
        clickOn("Delete album");
        await(() -> albumToggle("Crimson").isEmpty()
                && !chip("Album: Crimson")
                && lookup(".sidebar-hint").tryQuery().isPresent());
        assertThat(onFx(() -> lookup("Photos").queryAs(ToggleButton.class).isSelected()))
                .isTrue();
        assertThat(Files.exists(first.path()))
                .as("deleting an album keeps its photos")
                .isTrue();
    }

    /**
     * "Save this search" from the box keeps the text as typed; the saved search lists with its count and cover, opens
     * as a filter like any album, moves above an album made by hand and is renamed and deleted. (The colour-only fixture
     * model puts no photo in a zero-shot category, so categories are not seen here.)
     */
    @Test
    void saveASearchReorderItAndOpenTheAlbumsFoundInThePhotos() throws Exception {
        awaitMain();
        awaitIndexed();
        awaitSettledGrid();
        interact(() -> shell.main().albums().refresh());
        clickOn(".search-field").write("red");
        awaitResultsFor("red");
        await(this::settled);
        List<Long> reds =
                onFx(() -> grid().hits().stream().map(PhotoHit::photoId).toList());

        clickOn("#saveSearchButton");
        await(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        assertThat(onFx(() -> lookup(".dialog-pane .text-field")
                        .queryAs(TextField.class)
                        .getText()))
                .as("the name offered is the search")
                .isEqualTo("red");
        clickOn("Save");
        await(() -> albumCount("red").isPresent());
        assertThat(albumCount("red")).contains(Integer.toString(reds.size()));
        try (Library library = Library.open(home().root())) {
            AlbumRow saved = library.albums().get("red");
            assertThat(saved.savedSearch()).isTrue();
            assertThat(saved.query()).isEqualTo("red");
        }

        clickOn(".search-field").eraseText("red".length());
        awaitResultsFor("");
        clickOn(albumToggle("red").orElseThrow());
        await(() -> chip("Album: red") && settled() && grid().hits().size() == reds.size());
        assertThat(onFx(() -> grid().hits().stream().map(PhotoHit::photoId).toList()))
                .containsExactlyInAnyOrderElementsOf(reds);

        clickOn("#newAlbumButton");
        await(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        clickOn(".dialog-pane .text-field").write("Kept");
        clickOn("Create");
        await(() -> albumToggle("Kept").isPresent());
        assertThat(ownAlbums()).containsExactly("red", "Kept");

        rightClickOn(albumToggle("Kept").orElseThrow());
        clickOn("Move up");
        await(() -> ownAlbums().equals(List.of("Kept", "red")));
        try (Library library = Library.open(home().root())) {
            assertThat(library.albums().list()).extracting(AlbumRow::name).containsExactly("Kept", "red");
        }

        settle();
        shot("albums-smart");

        rightClickOn(albumToggle("red").orElseThrow());
        clickOn("Rename…");
        await(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField name = lookup(".dialog-pane .text-field").queryAs(TextField.class);
        interact(name::clear);
        clickOn(name).write("Reds");
        clickOn("Rename");
        await(() -> albumToggle("Reds").isPresent());
        rightClickOn(albumToggle("Reds").orElseThrow());
        clickOn("Delete…");
        clickOn("Delete album");
        await(() -> albumToggle("Reds").isEmpty());
        try (Library library = Library.open(home().root())) {
            assertThat(library.albums().list()).extracting(AlbumRow::name).containsExactly("Kept");
        }
    }

    private List<String> ownAlbums() {
        return onFx(() -> lookup(".album-item").queryAllAs(ToggleButton.class).stream()
                .filter(toggle -> toggle.getContextMenu() != null)
                .map(toggle -> (String) toggle.getUserData())
                .toList());
    }

    private Optional<Label> menuItem(String text) {
        return onFx(() -> lookup(".context-menu .label").queryAllAs(Label.class).stream()
                .filter(label -> text.equals(label.getText()) && label.isVisible())
                .findFirst());
    }

    private boolean settled() {
        return !shell.main().search().session().busyProperty().get();
    }

    private boolean chip(String text) {
        return lookup(".chip-filter .chip-label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals(text));
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
