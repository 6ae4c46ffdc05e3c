package dev.fovea.app.desktop.search;

import atlantafx.base.controls.CustomTextField;
import dev.fovea.app.desktop.album.AlbumActions;
import dev.fovea.app.desktop.backend.AlbumSummary;
import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.backend.ShownResults;
import dev.fovea.app.desktop.grid.PhotoGrid;
import dev.fovea.app.desktop.grid.ResultArrangement;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.preferences.DateGrouping;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.preferences.ResultOrder;
import dev.fovea.app.desktop.screen.DesktopContext;
import dev.fovea.app.desktop.screen.View;
import dev.fovea.app.desktop.screen.ViewLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The photos page: search-as-you-type, history, chips for every filter in force (each undoable), the
 * arrangement menu, and the grid of results. Browsing (an empty query) shows the whole library, newest first.
 */
public final class SearchController {
    /** While indexing, fresh photos are shown at most this often, so the grid does not churn. */
    private static final long REFRESH_MILLIS = 3000;

    private final DesktopContext context;
    private final Texts texts;
    private final Formats formats;
    private final SearchState session;
    private final BooleanProperty dropHovering = new SimpleBooleanProperty();
    private final CheckMenuItem stackItem;

    @FXML
    private BorderPane root;

    @FXML
    private CustomTextField queryField;

    @FXML
    private Button saveSearchButton;

    @FXML
    private ProgressIndicator busy;

    @FXML
    private ToggleButton filtersToggle;

    @FXML
    private MenuButton arrangeMenu;

    @FXML
    private Slider zoom;

    @FXML
    private FlowPane chips;

    @FXML
    private Label summary;

    @FXML
    private Label weakHeading;

    @FXML
    private Label selectionInfo;

    @FXML
    private StackPane gridHolder;

    @FXML
    private VBox emptyState;

    @FXML
    private FontIcon emptyIcon;

    @FXML
    private Label emptyTitle;

    @FXML
    private Label emptyHint;

    @FXML
    private VBox dropHint;

    private PhotoGrid grid;
    private QueryBox queryBox;
    private FilterChips filterChips;
    private ResultTexts resultTexts;
    private ViewLoader.Loaded<FiltersController> filters;
    private SearchState.Answer shown;
    private ContextMenu tileMenu;
    private long lastRefresh;
    private BiConsumer<List<PhotoHit>, Integer> onOpenPhoto = (hits, index) -> {};

    public SearchController(DesktopContext context) {
        this.context = context;
        this.texts = context.texts();
        this.formats = new Formats(texts);
        this.session = new SearchState(
                context.backend().search(),
                context.executor(),
                context.settings().get().stackDuplicates());
        this.stackItem = new CheckMenuItem(texts.get("arrange.stack"));
    }

    @FXML
    private void initialize() {
        filterChips = new FilterChips(chips, session, texts, formats);
        tileMenu = tileMenu();
        resultTexts = new ResultTexts(texts, filterChips::active);
        grid = new PhotoGrid(context.thumbnails(), resultTexts);
        grid.setAccessibleText(texts.get("grid.accessible"));
        gridHolder.getChildren().addFirst(grid);
        dropHint.visibleProperty().bind(dropHovering);

        queryBox = new QueryBox(queryField, session, context.settings(), texts, () -> grid.requestFocus());
        queryBox.setUp();
        setUpFilters();
        setUpArrangeMenu();
        zoom.setValue(context.settings().get().tileSize());
        grid.tileSizeProperty().bind(zoom.valueProperty());
        zoom.valueChangingProperty().addListener((property, was, changing) -> {
            if (!changing) {
                context.settings().update(settings -> settings.withTileSize((int) zoom.getValue()));
            }
        });
        // The settings page and the zoom shortcuts change the same settings.
        context.settings().property().addListener((property, old, now) -> {
            if (!zoom.isValueChanging() && zoom.getValue() != now.tileSize()) {
                zoom.setValue(now.tileSize());
            }
            if (old.stackDuplicates() != now.stackDuplicates()) {
                session.stackDuplicates(now.stackDuplicates());
                stackItem.setSelected(now.stackDuplicates());
            }
        });

        busy.visibleProperty().bind(session.busyProperty());
        session.answerProperty().addListener((property, old, answer) -> show(answer));
        grid.selection().onChange(() -> {
            int count = grid.selection().count();
            selectionInfo.setText(count > 1 ? texts.format("search.selected", count) : "");
        });
        grid.setOnOpen(index -> open(index));
        grid.setOnPreview(index -> open(index));
        grid.setOnShowMore(session::showMore);
        grid.setOnExpandStack(this::expandStack);
        grid.setTileMenu(tileMenu);
        grid.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || grid.selectedHits().isEmpty()) {
                return;
            }
            if (event.getCode() == KeyCode.PLUS
                    || event.getCode() == KeyCode.EQUALS
                    || event.getCode() == KeyCode.ADD) {
                feedbackOnSelection(true);
                event.consume();
            } else if (event.getCode() == KeyCode.MINUS || event.getCode() == KeyCode.SUBTRACT) {
                feedbackOnSelection(false);
                event.consume();
            }
        });
        context.indexing().property().addListener((property, old, progress) -> refreshWhileIndexing(progress));
        session.askNow();
    }

    public Parent root() {
        return root;
    }

    public PhotoGrid grid() {
        return grid;
    }

    public SearchState session() {
        return session;
    }

    /** Why a result matched, with the filters of the search that found it. */
    public ResultTexts resultTexts() {
        return resultTexts;
    }

    public BooleanProperty dropHoveringProperty() {
        return dropHovering;
    }

    public void setOnOpenPhoto(BiConsumer<List<PhotoHit>, Integer> handler) {
        onOpenPhoto = handler;
    }

    public void focusSearch() {
        queryBox.focus();
    }

    /** Esc: closes the history, else clears the query, else the similar-photo search. */
    public boolean escape() {
        if (queryBox.escape()) {
            return true;
        }
        if (session.similarTo() == null) {
            return false;
        }
        session.clearSimilar();
        return true;
    }

    public void similarTo(PhotoHit photo) {
        session.similarToPhoto(photo);
    }

    public void similarToImage(Path image) {
        session.similarToImage(image);
    }

    /** The panel is built the first time it opens: most searches never need it, and start-up is faster without. */
    private void setUpFilters() {
        filtersToggle.selectedProperty().addListener((property, was, open) -> {
            if (open && filters == null) {
                filters = new ViewLoader(context).load(View.FILTERS);
                filters.controller().bind(session.filtersProperty());
            }
            root.setRight(open ? filters.root() : null);
            if (open) {
                filters.controller().refreshChoices();
            }
        });
    }

    private void setUpArrangeMenu() {
        DesktopSettings settings = context.settings().get();
        ToggleGroup orders = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        for (ResultOrder order : ResultOrder.values()) {
            RadioMenuItem item =
                    new RadioMenuItem(texts.get("arrange.order." + order.name().toLowerCase(Locale.ROOT)));
            item.setToggleGroup(orders);
            item.setSelected(order == settings.order());
            item.setOnAction(event -> rearrange(current -> current.withOrder(order)));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        ToggleGroup groupings = new ToggleGroup();
        for (DateGrouping grouping : DateGrouping.values()) {
            RadioMenuItem item = new RadioMenuItem(
                    texts.get("arrange.group." + grouping.name().toLowerCase(Locale.ROOT)));
            item.setToggleGroup(groupings);
            item.setSelected(grouping == settings.grouping());
            item.setOnAction(event -> rearrange(current -> current.withGrouping(grouping)));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        stackItem.setSelected(settings.stackDuplicates());
        stackItem.setOnAction(
                event -> context.settings().update(current -> current.withStackDuplicates(stackItem.isSelected())));
        items.add(stackItem);
        arrangeMenu.getItems().setAll(items);
    }

    private void rearrange(UnaryOperator<DesktopSettings> change) {
        context.settings().update(change);
        if (shown != null) {
            display(shown, shown.results().hits(), true);
        }
    }

    private void show(SearchState.Answer answer) {
        boolean sameQuery = shown != null && sameQuestion(shown.query(), answer.query());
        shown = answer;
        display(answer, answer.results().hits(), sameQuery);
    }

    /** A listing's first page and the whole listing after it are one question: the grid keeps its place. */
    private static boolean sameQuestion(SearchState.Query shown, SearchState.Query next) {
        if (shown instanceof SearchState.TextQuery before && next instanceof SearchState.TextQuery after) {
            return before.request().equals(after.request());
        }
        return shown.equals(next);
    }

    private void display(SearchState.Answer answer, List<PhotoHit> hits, boolean sameQuery) {
        ShownResults results = answer.results();
        DesktopSettings settings = context.settings().get();
        boolean browsing = answer.query() instanceof SearchState.TextQuery text
                && text.request().browsing();
        // Browsing has no relevance: newest first unless the user chose otherwise.
        ResultOrder order =
                browsing && settings.order() == ResultOrder.RELEVANCE ? ResultOrder.NEWEST : settings.order();
        ResultArrangement.Arranged arranged = new ResultArrangement(texts.locale(), texts.get("date.unknown"))
                .arrange(hits, order, settings.grouping());
        String more = results.moreBelowCut() ? texts.get("search.showMore") : null;
        filterChips.show(answer);
        grid.setContent(arranged.hits(), arranged.sections(), more, sameQuery);
        summary.setText(summaryText(answer, browsing));
        weakHeading.setVisible(results.weak() && !hits.isEmpty());
        showEmptyState(answer, browsing);
    }

    private String summaryText(SearchState.Answer answer, boolean browsing) {
        int count = answer.results().hits().size()
                + answer.results().hits().stream()
                        .mapToInt(hit -> hit.stacked().size())
                        .sum();
        String photos = texts.format("search.count", count);
        return switch (answer.query()) {
            case SearchState.SimilarPhoto similar ->
                texts.format("search.similarSummary", photos, similar.photo().fileName());
            case SearchState.SimilarImage image ->
                texts.format("search.similarSummary", photos, image.image().getFileName());
            case SearchState.TextQuery text ->
                browsing ? photos : photos + "  ·  " + formats.elapsed(answer.elapsedNanos());
        };
    }

    private void showEmptyState(SearchState.Answer answer, boolean browsing) {
        boolean empty = answer.results().hits().isEmpty() && !answer.results().moreBelowCut();
        emptyState.setVisible(empty);
        if (!empty) {
            return;
        }
        IndexingStatus progress = context.indexing().property().get();
        if (browsing
                && answer.query() instanceof SearchState.TextQuery text
                && text.request().filters().isEmpty()) {
            boolean indexing = progress.running();
            emptyIcon.setIconCode(indexing ? Feather.LOADER : Feather.IMAGE);
            emptyTitle.setText(texts.get(indexing ? "empty.indexing.title" : "empty.library.title"));
            emptyHint.setText(texts.get(indexing ? "empty.indexing.hint" : "empty.library.hint"));
        } else {
            emptyIcon.setIconCode(Feather.SEARCH);
            emptyTitle.setText(
                    browsing ? texts.get("empty.filters.title") : texts.format("empty.query.title", session.text()));
            emptyHint.setText(texts.get("empty.query.hint"));
        }
    }

    private void open(int index) {
        if (index >= 0 && index < grid.hits().size()) {
            if (!session.text().isBlank()) {
                queryBox.remember(session.text());
            }
            onOpenPhoto.accept(grid.hits(), index);
        }
    }

    /** Shows the near-duplicates stacked under a photo right after it. */
    private void expandStack(int index) {
        List<PhotoHit> expanded = new ArrayList<>(grid.hits());
        PhotoHit best = expanded.get(index);
        expanded.set(
                index,
                new PhotoHit(
                        best.photoId(),
                        best.path(),
                        best.contentHash(),
                        best.score(),
                        best.takenAt(),
                        best.lexicalHits(),
                        List.of()));
        expanded.addAll(index + 1, best.stacked());
        display(shown, expanded, true);
    }

    /**
     * Right-click on photos also puts them in an album, and takes them out of the album the page shows (one made by
     * hand). The album is refreshed after a removal: the photos leave the page. The bookmark beside the box saves the
     * text search as it is, with its filters.
     */
    public void setAlbums(AlbumActions albums) {
        session.queryProperty().addListener((property, old, now) -> saveSearchButton.setVisible(savable(now)));
        saveSearchButton.setOnAction(event -> {
            if (session.queryProperty().get() instanceof SearchState.TextQuery text) {
                albums.saveSearch(root.getScene().getWindow(), text.request(), name -> {});
            }
        });
        Menu addTo = albums.addToMenu(grid::selectedHits, () -> root.getScene().getWindow());
        MenuItem removeFrom = new MenuItem();
        removeFrom.setMnemonicParsing(false);
        removeFrom.setGraphic(new FontIcon(Feather.MINUS_CIRCLE));
        removeFrom.setOnAction(event -> {
            String album = session.filtersProperty().get().album();
            if (album != null) {
                albums.remove(album, grid.selectedHits(), session::askNow);
            }
        });
        tileMenu.getItems().addAll(new SeparatorMenuItem(), addTo, removeFrom);
        tileMenu.setOnShowing(event -> {
            String album = session.filtersProperty().get().album();
            boolean handMade = album != null
                    && albums.list().get().stream()
                            .anyMatch(listed -> listed.kind() == AlbumSummary.Kind.ALBUM
                                    && listed.name().equalsIgnoreCase(album));
            removeFrom.setVisible(handMade);
            removeFrom.setText(album == null ? "" : texts.format("album.removeFrom", album));
        });
    }

    private static boolean savable(SearchState.Query query) {
        return query instanceof SearchState.TextQuery text
                && !text.request().hasFeedback()
                && (!text.request().query().isBlank()
                        || !text.request().filters().isEmpty());
    }

    /** Right-click on photos: the viewer's actions, for the whole selection where they make sense. */
    private ContextMenu tileMenu() {
        MenuItem open = new MenuItem(texts.get("viewer.open"), new FontIcon(Feather.EXTERNAL_LINK));
        open.setOnAction(
                event -> grid.selectedHits().forEach(hit -> context.system().open(hit.path())));
        MenuItem similar = new MenuItem(texts.get("viewer.similar"), new FontIcon(Feather.SEARCH));
        similar.setOnAction(event -> grid.selectedHits().stream().findFirst().ifPresent(session::similarToPhoto));
        MenuItem folder = new MenuItem(texts.get("viewer.showInFolder"), new FontIcon(Feather.FOLDER));
        folder.setOnAction(event -> grid.selectedHits().stream()
                .findFirst()
                .ifPresent(hit -> context.system().showInFolder(hit.path())));
        MenuItem copy = new MenuItem(texts.get("viewer.copy"), new FontIcon(Feather.COPY));
        copy.setOnAction(event -> context.system()
                .copy(grid.selectedHits().stream().map(PhotoHit::path).toList()));
        MenuItem more = new MenuItem(texts.get("feedback.more"), new FontIcon(Feather.THUMBS_UP));
        more.setOnAction(event -> feedbackOnSelection(true));
        MenuItem less = new MenuItem(texts.get("feedback.less"), new FontIcon(Feather.THUMBS_DOWN));
        less.setOnAction(event -> feedbackOnSelection(false));
        return new ContextMenu(similar, more, less, new SeparatorMenuItem(), open, folder, copy);
    }

    /** "More/less like this" (the context menu, or + and - on the grid) on the selected photos. */
    private void feedbackOnSelection(boolean more) {
        grid.selectedHits().forEach(hit -> session.feedback(hit, more));
    }

    /**
     * Fresh photos at most every few seconds while indexing, and always once at the end: a search running then may
     * have started before the last photos (and their thumbnails) were in, so the end waits for it and asks again.
     */
    private void refreshWhileIndexing(IndexingStatus progress) {
        long now = System.currentTimeMillis();
        if (progress.state() == IndexingStatus.State.FINISHED) {
            lastRefresh = now;
            session.afterCurrentAnswer(() -> {
                if (session.similarTo() == null) {
                    session.askNow();
                }
            });
        } else if (progress.running()
                && now - lastRefresh >= REFRESH_MILLIS
                && !session.busyProperty().get()
                && session.similarTo() == null) {
            lastRefresh = now;
            session.askNow();
        }
    }
}
