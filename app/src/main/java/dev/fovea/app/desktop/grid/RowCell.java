package dev.fovea.app.desktop.grid;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.CellSkinBase;
import javafx.scene.layout.Pane;

/**
 * One row of the grid: a section heading, a row of tiles, or the "show more" footer. VirtualFlow recycles
 * rows as they scroll; the grid fills them through {@link PhotoGrid#fill}.
 */
final class RowCell extends IndexedCell<Void> {
    private final PhotoGrid grid;
    private final Pane tilesPane = new Pane() {
        @Override
        protected void layoutChildren() {
            double x = grid.padding();
            for (Node tile : getChildren()) {
                if (tile.isVisible()) {
                    tile.resizeRelocate(x, 0, grid.tileSide(), grid.tileSide());
                    x += grid.tileSide() + PhotoGrid.GAP;
                }
            }
        }
    };
    private final List<PhotoTile> tiles = new ArrayList<>();
    private final Pane shown = new Pane();
    // Made the first time this row shows a heading or the footer: most rows only ever show tiles.
    private Label header;
    private Button more;
    private GridLayout.Row row;

    RowCell(PhotoGrid grid) {
        this.grid = grid;
        getStyleClass().setAll("photo-grid-row");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPadding(Insets.EMPTY);
        tilesPane.getStyleClass().add("photo-grid-tiles");
        keep(tilesPane);
        setGraphic(shown);
    }

    /**
     * A row turns from heading to tiles and back as results change (a listing has date headings, a search none): once
     * made, its heading, tiles and footer stay in the row and only the one shown is visible, since a node put back
     * into the scene is styled afresh with its whole subtree, which for a row of tiles cost more than the rest of a
     * keystroke's grid update.
     */
    private void keep(Node node) {
        node.managedProperty().bind(node.visibleProperty());
        node.setVisible(false);
        shown.getChildren().add(node);
    }

    Label header() {
        if (header == null) {
            header = new Label();
            header.getStyleClass().add("photo-grid-header");
            header.setMaxWidth(Double.MAX_VALUE);
            keep(header);
        }
        return header;
    }

    Button more() {
        if (more == null) {
            more = new Button();
            more.getStyleClass().add("photo-grid-more");
            keep(more);
        }
        return more;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        // Our rows carry no "cell" style class, so CSS does not supply the skin.
        return new CellSkinBase<>(this);
    }

    @Override
    public void updateIndex(int index) {
        super.updateIndex(index);
        // VirtualFlow skips "empty" cells when it scrolls and measures; a row with content is not empty.
        updateItem(null, !grid.hasRow(index));
        grid.fill(this, index, measuring());
    }

    /**
     * VirtualFlow sizes rows with a hidden "accumulation" cell; binding its tiles would start (and then
     * cancel) thumbnail loads that visible tiles share.
     */
    private boolean measuring() {
        return getParent() != null && !getParent().isVisible();
    }

    /** On screen, not a hidden or measuring cell. */
    boolean showing() {
        return isVisible() && getParent() != null && getParent().isVisible();
    }

    GridLayout.Row row() {
        return row;
    }

    /** Shows {@code newRow} with {@code shown}, one of the row's heading, tiles and footer, or none when null. */
    void showRow(GridLayout.Row newRow, Node node) {
        row = newRow;
        for (Node child : shown.getChildren()) {
            child.setVisible(child == node);
        }
    }

    /** No row for now: parked by the flow, which binds it again at once, so what it shows stays. */
    void park() {
        row = null;
    }

    Pane tilesPane() {
        return tilesPane;
    }

    /** The row's tiles, creating more as the column count grows. */
    List<PhotoTile> tiles(int count) {
        while (tiles.size() < count) {
            PhotoTile tile = grid.newTile();
            tiles.add(tile);
            tilesPane.getChildren().add(tile);
        }
        return tiles;
    }

    List<PhotoTile> allTiles() {
        return tiles;
    }

    /** The flow gives every row the viewport's width; asking for more would add a horizontal scroll bar. */
    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return grid.rowHeight(row);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }
}
