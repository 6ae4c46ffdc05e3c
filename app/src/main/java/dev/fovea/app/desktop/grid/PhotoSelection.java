package dev.fovea.app.desktop.grid;

import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * Which photos of the grid are selected and which one has the keyboard focus, with the usual desktop
 * rules: a click selects one, the shortcut key toggles, shift extends from the anchor. Indices are
 * positions in the grid's display order.
 */
public final class PhotoSelection {
    private final BitSet selected = new BitSet();
    private int size;
    private int focus = -1;
    private int anchor = -1;
    private Runnable onChange = () -> {};

    public void onChange(Runnable listener) {
        onChange = listener;
    }

    /** A new result list: nothing selected, focus on the first photo. */
    public void reset(int newSize) {
        reset(newSize, 0);
    }

    /** A new result list: nothing selected, focus on {@code newFocus} (clamped). */
    public void reset(int newSize, int newFocus) {
        size = newSize;
        selected.clear();
        focus = newSize > 0 ? Math.clamp(newFocus, 0, newSize - 1) : -1;
        anchor = focus;
        onChange.run();
    }

    public int focus() {
        return focus;
    }

    public boolean isSelected(int index) {
        return selected.get(index);
    }

    public int count() {
        return selected.cardinality();
    }

    public IntStream indices() {
        return selected.stream();
    }

    public void click(int index, boolean toggle, boolean extend) {
        if (index < 0 || index >= size) {
            return;
        }
        if (extend && anchor >= 0) {
            if (!toggle) {
                selected.clear();
            }
            selected.set(Math.min(anchor, index), Math.max(anchor, index) + 1);
        } else if (toggle) {
            selected.flip(index);
            anchor = index;
        } else {
            selected.clear();
            selected.set(index);
            anchor = index;
        }
        focus = index;
        onChange.run();
    }

    /** Arrow keys: moves the focus and selects it, extending from the anchor when shift is down. */
    public void moveTo(int index, boolean extend) {
        if (size == 0) {
            return;
        }
        click(Math.clamp(index, 0, size - 1), false, extend);
    }

    public void selectAll() {
        selected.set(0, size);
        onChange.run();
    }

    public void clear() {
        selected.clear();
        onChange.run();
    }
}
