package dev.fovea.app.desktop.shell;

import dev.fovea.app.desktop.album.AlbumActions;
import dev.fovea.app.desktop.album.AlbumList;
import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.duplicates.DuplicatesController;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.library.IndexingControl;
import dev.fovea.app.desktop.library.IndexingTexts;
import dev.fovea.app.desktop.library.LibraryController;
import dev.fovea.app.desktop.map.MapController;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.screen.DesktopContext;
import dev.fovea.app.desktop.screen.View;
import dev.fovea.app.desktop.screen.ViewLoader;
import dev.fovea.app.desktop.search.ImageDropTarget;
import dev.fovea.app.desktop.search.SearchController;
import dev.fovea.app.desktop.viewer.ViewerController;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: sidebar with the pages and the indexing status, the current page, the viewer over the
 * photos, notifications, the window-wide keyboard shortcuts and dropping a picture to search by it.
 */
public final class MainController {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_IN_EQUALS =
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final DesktopContext context;
    private final Texts texts;
    private final IndexingTexts indexingTexts;

    @FXML
    private ToggleGroup pages;

    @FXML
    private ToggleButton photosButton;

    @FXML
    private ToggleButton mapButton;

    @FXML
    private ToggleButton duplicatesButton;

    @FXML
    private ToggleButton libraryButton;

    @FXML
    private ToggleButton settingsButton;

    @FXML
    private VBox albumBox;

    @FXML
    private VBox indexingBox;

    @FXML
    private Label indexingTitle;

    @FXML
    private Button pauseButton;

    @FXML
    private FontIcon pauseIcon;

    @FXML
    private ProgressBar indexingBar;

    @FXML
    private Label indexingDetail;

    @FXML
    private StackPane content;

    private SearchController search;
    private AlbumActions albums;
    private AlbumList albumList;
    private ViewerController viewer;
    private LibraryController library;
    private MapController map;
    private Parent mapPage;
    private Parent libraryPage;
    private Parent duplicatesPage;
    private DuplicatesController duplicates;
    private Parent settingsPage;

    public MainController(DesktopContext context) {
        this.context = context;
        this.texts = context.texts();
        this.indexingTexts = new IndexingTexts(texts);
    }

    @FXML
    private void initialize() {
        ViewLoader.Loaded<SearchController> searchView = new ViewLoader(context).load(View.SEARCH);
        search = searchView.controller();
        search.setOnOpenPhoto(this::openViewer);
        pages.selectedToggleProperty().addListener((property, old, now) -> {
            if (now == null) {
                pages.selectToggle(old);
            }
        });
        content.getChildren().setAll(search.root());
        setUpAlbums();
        ImageDropTarget.install(content, search.dropHoveringProperty(), this::findSimilarTo);
        context.indexing().property().addListener((property, old, progress) -> showIndexing(progress));
        showIndexing(context.indexing().property().get());
    }

    /**
     * The sidebar's albums. Opening one is the photos page filtered to it; its toggle stays selected while that
     * filter is in force, and the filter follows the album when it is renamed or deleted.
     */
    private void setUpAlbums() {
        albums = new AlbumActions(context);
        albumList = new AlbumList(albumBox, pages, photosButton, albums, context.thumbnails(), texts, this::openAlbum);
        search.setAlbums(albums);
        albums.setOnRenamed((name, newName) -> {
            PanelFilters filters = search.session().filtersProperty().get();
            if (filters.album() != null && filters.album().equalsIgnoreCase(name)) {
                search.session().filtersProperty().set(filters.withAlbum(newName));
            }
        });
        search.session().filtersProperty().addListener((property, old, now) -> markAlbum(now.album()));
        context.indexing().property().addListener((property, old, progress) -> {
            if (progress.state() == IndexingStatus.State.FINISHED) {
                albums.refresh();
            }
        });
        // Counting saved searches and categories searches the library (and embeds the categories' prompts once): on a
        // large library that takes seconds of the cores the first photos and the first keystrokes need, so it waits.
        search.session().afterTypingPause(albums::refresh);
    }

    private void openAlbum(String name) {
        search.session()
                .filtersProperty()
                .set(search.session().filtersProperty().get().withAlbum(name));
        photosButton.setSelected(true);
        markAlbum(name);
        showPage(search.root());
    }

    /** On the photos page, selects the album's toggle while it is filtered to one, else "Photos". */
    private void markAlbum(String album) {
        Toggle selected = pages.getSelectedToggle();
        if (selected != photosButton && !albumList.contains(selected)) {
            return;
        }
        Optional<ToggleButton> toggle = album == null ? Optional.empty() : albumList.toggle(album);
        toggle.orElse(photosButton).setSelected(true);
    }

    public AlbumActions albums() {
        return albums;
    }

    /** The photos page, on the photos similar to an image (dropped, or from another launch). */
    public void findSimilarTo(Path image) {
        showPhotos();
        search.similarToImage(image);
    }

    public SearchController search() {
        return search;
    }

    /** Built the first time a photo opens, to keep start-up short. */
    public ViewerController viewer() {
        if (viewer == null) {
            viewer = new ViewLoader(context).<ViewerController>load(View.VIEWER).controller();
            viewer.setWhyText(search.resultTexts()::why);
            viewer.setOnClose(this::closeViewer);
            viewer.setOnOpenMap((latitude, longitude) -> {
                showMap();
                map.map().centreOn(latitude, longitude);
            });
            viewer.setAlbums(albums);
            // Feedback re-ranks the results at once: back to the grid, where its chip shows and can be removed.
            viewer.setOnFeedback((photo, more) -> {
                closeViewer(-1);
                search.session().feedback(photo, more);
            });
            viewer.setOnFindSimilar(photo -> {
                closeViewer(-1);
                search.similarTo(photo);
            });
        }
        return viewer;
    }

    /** Keyboard shortcuts that work wherever the focus is. */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event)) {
                showPhotos();
                search.focusSearch();
            } else if (ZOOM_IN.match(event) || ZOOM_IN_EQUALS.match(event)) {
                zoom(+20);
            } else if (ZOOM_OUT.match(event)) {
                zoom(-20);
            } else if (COPY.match(event)
                    && search.grid().isFocused()
                    && search.grid().selection().count() > 0) {
                context.system()
                        .copy(search.grid().selectedHits().stream()
                                .map(PhotoHit::path)
                                .toList());
            } else if (event.getCode() == KeyCode.ESCAPE && !viewerOpen() && photosButton.isSelected()) {
                if (!search.escape()) {
                    search.grid().selection().clear();
                }
            } else {
                return;
            }
            event.consume();
        });
    }

    /** The sidebar's "Photos": the whole library, so an album filter goes. */
    @FXML
    private void showAllPhotos() {
        PanelFilters filters = search.session().filtersProperty().get();
        if (filters.album() != null) {
            search.session().filtersProperty().set(filters.withAlbum(null));
        }
        showPhotos();
    }

    /** The photos page as it is: on an album, that album stays selected. */
    private void showPhotos() {
        photosButton.setSelected(true);
        markAlbum(search.session().filtersProperty().get().album());
        showPage(search.root());
    }

    @FXML
    private void newAlbum() {
        albums.create(content.getScene().getWindow(), name -> {});
    }

    /** The map page; opening a cluster or drawing a box there shows those photos on the photos page. */
    @FXML
    private void showMap() {
        if (mapPage == null) {
            ViewLoader.Loaded<MapController> loaded = new ViewLoader(context).load(View.MAP);
            mapPage = loaded.root();
            map = loaded.controller();
            map.setOnArea(area -> {
                search.session()
                        .filtersProperty()
                        .set(search.session().filtersProperty().get().withArea(area));
                showPhotos();
            });
        }
        mapButton.setSelected(true);
        showPage(mapPage);
        map.refresh();
    }

    /** Looks for duplicates each time it opens: the library may have changed since. */
    @FXML
    private void showDuplicates() {
        if (duplicatesPage == null) {
            ViewLoader.Loaded<DuplicatesController> loaded = new ViewLoader(context).load(View.DUPLICATES);
            duplicatesPage = loaded.root();
            duplicates = loaded.controller();
        }
        duplicatesButton.setSelected(true);
        showPage(duplicatesPage);
        duplicates.refresh();
    }

    @FXML
    private void showLibrary() {
        if (libraryPage == null) {
            ViewLoader.Loaded<LibraryController> loaded = new ViewLoader(context).load(View.LIBRARY);
            libraryPage = loaded.root();
            library = loaded.controller();
        }
        libraryButton.setSelected(true);
        showPage(libraryPage);
        library.refresh();
    }

    @FXML
    private void showSettings() {
        if (settingsPage == null) {
            settingsPage = new ViewLoader(context).load(View.SETTINGS).root();
        }
        settingsButton.setSelected(true);
        showPage(settingsPage);
    }

    @FXML
    private void togglePause() {
        IndexingControl.togglePause(context);
    }

    private void showPage(Parent page) {
        if (viewerOpen()) {
            closeViewer(-1);
        }
        content.getChildren().setAll(page);
    }

    private boolean viewerOpen() {
        return viewer != null && content.getChildren().contains(viewer.root());
    }

    private void openViewer(List<PhotoHit> hits, int index) {
        if (!viewerOpen()) {
            content.getChildren().add(viewer().root());
        }
        viewer.show(hits, index);
    }

    private void closeViewer(int index) {
        content.getChildren().remove(viewer().root());
        if (index >= 0) {
            search.grid().focusItem(index);
        }
        search.grid().requestFocus();
    }

    private void zoom(int step) {
        context.settings()
                .update(settings -> settings.withTileSize(
                        Math.clamp(settings.tileSize() + step, DesktopSettings.MIN_TILE, DesktopSettings.MAX_TILE)));
    }

    private void showIndexing(IndexingStatus progress) {
        // A run that found nothing to do (every photo indexed already) has nothing to report: "All photos indexed"
        // over "No photos" and an empty bar said the opposite of the grid beside it.
        boolean nothingToDo = progress.state() == IndexingStatus.State.FINISHED && progress.total() == 0;
        boolean visible = progress.state() != IndexingStatus.State.IDLE && !nothingToDo;
        indexingBox.setVisible(visible);
        indexingBox.setManaged(visible);
        indexingTitle.setText(indexingTexts.title(progress));
        indexingDetail.setText(indexingTexts.detail(progress));
        indexingBar.setProgress(
                progress.state() == IndexingStatus.State.SCANNING ? -1 : Math.max(0, progress.fraction()));
        boolean paused = progress.state() == IndexingStatus.State.PAUSED;
        pauseButton.setVisible(progress.running() || paused);
        pauseIcon.setIconCode(paused ? Feather.PLAY : Feather.PAUSE);
        pauseButton.setAccessibleText(texts.get(paused ? "indexing.resume" : "indexing.pause"));
    }
}
