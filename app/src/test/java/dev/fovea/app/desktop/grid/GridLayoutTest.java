package dev.fovea.app.desktop.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridLayoutTest {

    @Test
    void untitledPhotosFillRowsOfTheColumnCountAndTheLastRowIsShort() {
        GridLayout layout = GridLayout.of(11, 4, List.of(), false);
        assertThat(layout.rowCount()).isEqualTo(3);
        assertThat(layout.row(0)).isEqualTo(new GridLayout.TilesRow(0, 4));
        assertThat(layout.row(2)).isEqualTo(new GridLayout.TilesRow(8, 11));
        assertThat(layout.rowOf(7)).isEqualTo(1);
        assertThat(layout.rowOf(10)).isEqualTo(2);
    }

    @Test
    void sectionsGetAHeaderAndNeverShareARowAndTheFooterComesLast() {
        GridLayout.Section may = new GridLayout.Section("May", 0, 5);
        GridLayout.Section june = new GridLayout.Section("June", 5, 7);
        GridLayout layout = GridLayout.of(7, 3, List.of(may, june), true);
        assertThat(layout.rowCount()).isEqualTo(1 + 2 + 1 + 1 + 1);
        assertThat(layout.row(0)).isEqualTo(new GridLayout.HeaderRow(may));
        assertThat(layout.row(2)).isEqualTo(new GridLayout.TilesRow(3, 5));
        assertThat(layout.row(3)).isEqualTo(new GridLayout.HeaderRow(june));
        assertThat(layout.row(4)).isEqualTo(new GridLayout.TilesRow(5, 7));
        assertThat(layout.row(5)).isInstanceOf(GridLayout.FooterRow.class);
        assertThat(layout.rowOf(4)).isEqualTo(2);
        assertThat(layout.rowOf(5)).isEqualTo(4);
    }

    @Test
    void upAndDownKeepTheColumnAcrossHeadersAndStopAtTheEdges() {
        GridLayout layout = GridLayout.of(
                7, 3, List.of(new GridLayout.Section("a", 0, 5), new GridLayout.Section("b", 5, 7)), false);
        assertThat(layout.verticalNeighbour(1, +1)).isEqualTo(4);
        assertThat(layout.verticalNeighbour(2, +1)).isEqualTo(4); // row 3..5 is two long
        assertThat(layout.verticalNeighbour(4, +1)).isEqualTo(6);
        assertThat(layout.verticalNeighbour(6, -1)).isEqualTo(4);
        assertThat(layout.verticalNeighbour(1, -1)).isEqualTo(1);
        assertThat(layout.verticalNeighbour(6, +1)).isEqualTo(6);
    }

    @Test
    void relayingOutForAnotherWidthKeepsSectionsAndFooter() {
        GridLayout narrow = GridLayout.of(100_000, 5, List.of(), true);
        GridLayout wide = narrow.withColumns(8);
        assertThat(wide.rowCount()).isEqualTo(12_500 + 1);
        assertThat(wide.rowOf(99_999)).isEqualTo(12_499);
        assertThat(narrow.withColumns(5)).isSameAs(narrow);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> GridLayout.of(3, 0, List.of(), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GridLayout.of(3, 2, List.of(), false).rowOf(3))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(GridLayout.EMPTY.rowCount()).isZero();
    }
}
