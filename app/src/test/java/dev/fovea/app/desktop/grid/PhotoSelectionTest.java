package dev.fovea.app.desktop.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PhotoSelectionTest {
    private final PhotoSelection selection = new PhotoSelection();

    @Test
    void aClickSelectsOneTheShortcutTogglesAndShiftExtendsFromTheAnchor() {
        selection.reset(10);
        selection.click(2, false, false);
        assertThat(selection.indices()).containsExactly(2);
        selection.click(5, true, false);
        assertThat(selection.indices()).containsExactly(2, 5);
        selection.click(2, true, false);
        assertThat(selection.indices()).containsExactly(5);
        // As in most file managers, the last item clicked with the shortcut key is the anchor, selected or not.
        selection.click(8, false, true);
        assertThat(selection.indices()).containsExactly(2, 3, 4, 5, 6, 7, 8);
        selection.click(0, false, true);
        assertThat(selection.indices()).containsExactly(0, 1, 2);
        selection.click(6, false, false);
        selection.click(4, true, true);
        assertThat(selection.indices()).containsExactly(4, 5, 6);
        assertThat(selection.focus()).isEqualTo(4);
    }

    @Test
    void arrowsMoveTheFocusWithinBoundsAndShiftExtends() {
        selection.reset(4);
        selection.moveTo(-3, false);
        assertThat(selection.focus()).isZero();
        selection.moveTo(2, true);
        assertThat(selection.indices()).containsExactly(0, 1, 2);
        selection.moveTo(99, false);
        assertThat(selection.indices()).containsExactly(3);
    }

    @Test
    void newResultsClearTheSelectionAndTellTheListener() {
        AtomicInteger changes = new AtomicInteger();
        selection.onChange(changes::incrementAndGet);
        selection.reset(5);
        selection.selectAll();
        assertThat(selection.count()).isEqualTo(5);
        selection.reset(3, 7);
        assertThat(selection.count()).isZero();
        assertThat(selection.focus()).isEqualTo(2);
        selection.reset(0);
        assertThat(selection.focus()).isEqualTo(-1);
        selection.click(0, false, false);
        assertThat(selection.count()).isZero();
        assertThat(changes.get()).isEqualTo(4);
    }
}
