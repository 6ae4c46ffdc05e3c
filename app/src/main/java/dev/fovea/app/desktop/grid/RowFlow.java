package dev.fovea.app.desktop.grid;

import java.util.List;
import javafx.scene.control.skin.VirtualFlow;

/** The virtualised list of grid rows: only the rows on screen exist as nodes. */
final class RowFlow extends VirtualFlow<RowCell> {

    /** The rows currently laid out, to repaint selection without rebuilding. */
    List<RowCell> activeCells() {
        return getCells();
    }

    /** New rows or column count: every cell binds again. */
    void rebind() {
        rebuildCells();
    }
}
