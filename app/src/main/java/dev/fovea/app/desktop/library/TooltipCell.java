package dev.fovea.app.desktop.library;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A table's text cell whose tooltip shows the whole of what the column may cut. */
final class TooltipCell<T> extends TableCell<T, String> {
    private final Function<T, String> tooltip;

    TooltipCell(Function<T, String> tooltip) {
        this.tooltip = tooltip;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        T row = empty || getTableRow() == null ? null : getTableRow().getItem();
        setText(empty ? null : text);
        setTooltip(row == null ? null : new Tooltip(tooltip.apply(row)));
    }
}
