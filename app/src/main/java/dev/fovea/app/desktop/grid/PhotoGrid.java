package dev.fovea.app.desktop.grid;

import dev.fovea.app.desktop.backend.PhotoHit;
import java.io.File;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The results grid: square tiles in rows that fill the width, optional date headings, a "show more" row
 * below the relevance cut-off. Virtualised by rows (a VirtualFlow of {@link RowCell}), so 100,000 photos
 * cost only the rows on screen, and unlike a plain grid control it can put headings between sections.
 */
public final class PhotoGrid extends Region {
    static final double GAP = 4;
    private static final double PADDING = 16;
    private static final double HEADER_HEIGHT = 48;
    private static final double FOOTER_HEIGHT = 72;
    private static final int NO_MOVE = Integer.MIN_VALUE;
    /** Room for the vertical scroll bar whether or not it shows, so columns do not jump when it appears. */
    private static final double SCROLLBAR_ALLOWANCE = 12;

    private final RowFlow flow = new RowFlow(this);
    private final ThumbnailCache thumbnails;
    private final TileText text;
    private final PhotoSelection selection = new PhotoSelection();
    private final IntegerProperty tileSize = new SimpleIntegerProperty(180);
    private final ReadOnlyLongWrapper contentVersion = new ReadOnlyLongWrapper();

    private List<PhotoHit> hits = List.of();
    private GridLayout layout = GridLayout.EMPTY;
    private String moreText = "";
    private double tileSide = 180;
    private IntConsumer onOpen = index -> {};
    private IntConsumer onPreview = index -> {};
    private IntConsumer onExpandStack = index -> {};
    private Runnable onShowMore = () -> {};
    private ContextMenu tileMenu;

    public PhotoGrid(ThumbnailCache thumbnails, TileText text) {
        this.thumbnails = thumbnails;
        this.text = text;
        getStyleClass().add("photo-grid");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        flow.getStyleClass().add("photo-grid-flow");
        getChildren().add(flow);
        selection.onChange(this::repaintMarks);
        tileSize.addListener((property, old, size) -> requestLayout());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> requestFocus());
    }

    /**
     * Shows new results; a non-null {@code moreLabel} adds a "show more" row. {@code sameQuery} keeps the
     * scroll position and focus (fresh photos from indexing, an expanded stack), else it starts at the top.
     */
    public void setContent(
            List<PhotoHit> newHits, List<GridLayout.Section> sections, String moreLabel, boolean sameQuery) {
        int focus = selection.focus();
        hits = List.copyOf(newHits);
        moreText = moreLabel;
        layout = GridLayout.of(hits.size(), layout.columns(), sections, moreLabel != null);
        selection.reset(hits.size(), sameQuery ? focus : 0);
        flow.setCellCount(layout.rowCount());
        if (!sameQuery) {
            flow.setPosition(0);
        }
        flow.rebind();
        contentVersion.set(contentVersion.get() + 1);
    }

    public List<PhotoHit> hits() {
        return hits;
    }

    public PhotoSelection selection() {
        return selection;
    }

    public List<PhotoHit> selectedHits() {
        return selection.indices().mapToObj(hits::get).toList();
    }

    public IntegerProperty tileSizeProperty() {
        return tileSize;
    }

    /** Increases each time new content is set; benchmarks and tests wait on it. */
    public ReadOnlyLongProperty contentVersionProperty() {
        return contentVersion.getReadOnlyProperty();
    }

    public void setOnOpen(IntConsumer handler) {
        onOpen = handler;
    }

    public void setOnPreview(IntConsumer handler) {
        onPreview = handler;
    }

    public void setOnExpandStack(IntConsumer handler) {
        onExpandStack = handler;
    }

    public void setOnShowMore(Runnable handler) {
        onShowMore = handler;
    }

    /** Shown on a right-click on a photo, after the click selected it (unless it was already selected). */
    public void setTileMenu(ContextMenu menu) {
        tileMenu = menu;
    }

    /** Moves the keyboard focus to {@code index}, selects it and scrolls it into view. */
    public void focusItem(int index) {
        selection.moveTo(index, false);
        scrollToItem(selection.focus());
    }

    public void scrollToItem(int index) {
        if (index >= 0 && index < hits.size()) {
            flow.scrollTo(layout.rowOf(index));
        }
    }

    /** The tile node showing {@code index}, if it is on screen; for tests and drag images. */
    public Node tileNode(int index) {
        for (RowCell cell : flow.activeCells()) {
            for (PhotoTile tile : cell.allTiles()) {
                if (cell.showing()
                        && tile.isVisible()
                        && tile.index() == index
                        && cell.row() instanceof GridLayout.TilesRow) {
                    return tile;
                }
            }
        }
        return null;
    }

    boolean hasRow(int index) {
        return index >= 0 && index < layout.rowCount();
    }

    double padding() {
        return PADDING;
    }

    double tileSide() {
        return tileSide;
    }

    double rowHeight(GridLayout.Row row) {
        return switch (row) {
            case null -> tileSide + GAP;
            case GridLayout.HeaderRow header -> HEADER_HEIGHT;
            case GridLayout.TilesRow tiles -> tileSide + GAP;
            case GridLayout.FooterRow footer -> FOOTER_HEIGHT;
        };
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double usable = width - 2 * PADDING - SCROLLBAR_ALLOWANCE;
        int columns = Math.max(1, (int) ((usable + GAP) / (tileSize.get() + GAP)));
        double side = Math.floor((usable - GAP * (columns - 1)) / columns);
        if (columns != layout.columns() || side != tileSide) {
            int focus = selection.focus();
            layout = layout.withColumns(columns);
            tileSide = Math.max(40, side);
            flow.setCellCount(layout.rowCount());
            flow.rebind();
            if (focus >= 0) {
                scrollToItem(focus);
            }
        }
        flow.resizeRelocate(
                snappedLeftInset(), snappedTopInset(), width, getHeight() - snappedTopInset() - snappedBottomInset());
    }

    PhotoTile newTile() {
        PhotoTile tile = new PhotoTile(index -> onExpandStack.accept(index));
        tile.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 1) {
                selection.click(tile.index(), event.isShortcutDown(), event.isShiftDown());
            } else if (event.getButton() == MouseButton.SECONDARY && !selection.isSelected(tile.index())) {
                selection.click(tile.index(), false, false);
            }
        });
        tile.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                onOpen.accept(tile.index());
            }
        });
        tile.setOnDragDetected(event -> dragOut(tile));
        tile.setOnContextMenuRequested(event -> {
            if (tileMenu != null && tile.hit() != null) {
                tileMenu.show(tile, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        return tile;
    }

    /** Binds a recycled row cell to row {@code index} of the current layout; a measuring cell only learns its row. */
    void fill(RowCell cell, int index, boolean measuring) {
        if (measuring && index >= 0 && index < layout.rowCount()) {
            cell.showRow(layout.row(index), null);
            return;
        }
        if (index < 0) {
            // Parked by the flow, which rebinds every row to its new index right after (each keystroke's results):
            // the row keeps its nodes and photos, so they are not taken out of the scene and styled afresh, nor
            // their thumbnails cancelled and loaded again. A row left parked lets go of them after the layout.
            cell.park();
            return;
        }
        if (index >= layout.rowCount()) {
            release(cell);
            cell.showRow(null, null);
            return;
        }
        GridLayout.Row row = layout.row(index);
        switch (row) {
            case GridLayout.HeaderRow header -> {
                release(cell);
                cell.header().setText(header.section().title());
                cell.header().setAlignment(Pos.BOTTOM_LEFT);
                cell.header().setPrefHeight(HEADER_HEIGHT);
                cell.showRow(row, cell.header());
            }
            case GridLayout.FooterRow footer -> {
                release(cell);
                cell.more().setText(moreText);
                cell.more().setOnAction(event -> onShowMore.run());
                cell.showRow(row, cell.more());
            }
            case GridLayout.TilesRow tiles -> {
                int count = tiles.end() - tiles.start();
                List<PhotoTile> rowTiles = cell.tiles(count);
                int devicePixels = (int) Math.ceil(tileSide * renderScale());
                for (int i = 0; i < rowTiles.size(); i++) {
                    PhotoTile tile = rowTiles.get(i);
                    if (i < count) {
                        int item = tiles.start() + i;
                        tile.show(item, hits.get(item), text, thumbnails, tileSide, devicePixels);
                        tile.mark(selection.isSelected(item), selection.focus() == item);
                        tile.setVisible(true);
                    } else {
                        tile.release(thumbnails);
                        tile.setVisible(false);
                    }
                }
                cell.tilesPane().setPrefHeight(tileSide + GAP);
                cell.showRow(row, cell.tilesPane());
            }
        }
        cell.requestLayout();
    }

    /** A row not showing tiles lets go of its photos, so thumbnails still loading for it are cancelled. */
    void release(RowCell cell) {
        for (PhotoTile tile : cell.allTiles()) {
            tile.release(thumbnails);
            tile.setVisible(false);
        }
    }

    private double renderScale() {
        return getScene() == null || getScene().getWindow() == null
                ? 1
                : getScene().getWindow().getRenderScaleX();
    }

    private void repaintMarks() {
        for (RowCell cell : flow.activeCells()) {
            if (cell.showing() && cell.row() instanceof GridLayout.TilesRow) {
                for (PhotoTile tile : cell.allTiles()) {
                    if (tile.isVisible()) {
                        tile.mark(selection.isSelected(tile.index()), selection.focus() == tile.index());
                    }
                }
            }
        }
    }

    private void onKey(KeyEvent event) {
        if (hits.isEmpty()) {
            return;
        }
        int focus = Math.max(0, selection.focus());
        int rowsPerPage = Math.max(1, (int) (getHeight() / (tileSide + GAP)));
        int target = switch (event.getCode()) {
            case LEFT -> focus - 1;
            case RIGHT -> focus + 1;
            case UP -> layout.verticalNeighbour(focus, -1);
            case DOWN -> layout.verticalNeighbour(focus, +1);
            case PAGE_UP -> focus - rowsPerPage * layout.columns();
            case PAGE_DOWN -> focus + rowsPerPage * layout.columns();
            case HOME -> 0;
            case END -> hits.size() - 1;
            default -> NO_MOVE;
        };
        if (target != NO_MOVE) {
            selection.moveTo(target, event.isShiftDown());
            if (event.getCode() == KeyCode.END) {
                // Past the last photo: the "show more" row, when there is one.
                flow.scrollTo(layout.rowCount() - 1);
            } else {
                scrollToItem(selection.focus());
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            onOpen.accept(focus);
            event.consume();
        } else if (event.getCode() == KeyCode.SPACE) {
            onPreview.accept(focus);
            event.consume();
        } else if (event.getCode() == KeyCode.A && event.isShortcutDown()) {
            selection.selectAll();
            event.consume();
        }
    }

    private void dragOut(PhotoTile tile) {
        if (tile.hit() == null) {
            return;
        }
        if (!selection.isSelected(tile.index())) {
            selection.click(tile.index(), false, false);
        }
        Dragboard dragboard = tile.startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        List<File> files =
                selectedHits().stream().map(hit -> hit.path().toFile()).toList();
        content.putFiles(files);
        content.putString(
                files.stream().map(File::getPath).reduce((a, b) -> a + "\n" + b).orElse(""));
        dragboard.setContent(content);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        dragboard.setDragView(tile.snapshot(parameters, null));
    }
}
