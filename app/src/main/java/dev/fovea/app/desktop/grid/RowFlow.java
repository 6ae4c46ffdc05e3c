package dev.fovea.app.desktop.grid;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javafx.scene.control.skin.VirtualFlow;

/** The virtualised list of grid rows: only the rows on screen exist as nodes. */
final class RowFlow extends VirtualFlow<RowCell> {
    private final PhotoGrid grid;
    /** Every row made, on screen or parked by the flow for reuse. */
    private final List<RowCell> made = new ArrayList<>();

    RowFlow(PhotoGrid grid) {
        this.grid = grid;
        setCellFactory(flow -> {
            RowCell cell = new RowCell(grid);
            made.add(cell);
            return cell;
        });
    }

    /** The rows currently laid out, to repaint selection without rebuilding. */
    List<RowCell> activeCells() {
        return getCells();
    }

    /** New rows or column count: every cell binds again. */
    void rebind() {
        rebuildCells();
    }

    /**
     * Rows parked during the layout and not bound again let go of their photos (see {@link PhotoGrid#fill}), and so
     * do rows the flow dropped (the cells it makes for a moment to measure or traverse), which are forgotten.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (Iterator<RowCell> rows = made.iterator(); rows.hasNext(); ) {
            RowCell cell = rows.next();
            boolean dropped = cell.getParent() == null;
            if (dropped || cell.getIndex() < 0) {
                grid.release(cell);
            }
            if (dropped) {
                rows.remove();
            }
        }
    }
}
