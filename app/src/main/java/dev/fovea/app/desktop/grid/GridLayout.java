package dev.fovea.app.desktop.grid;

import java.util.List;

/**
 * The rows of the photo grid for a given column count: a header row before each section, then its photos
 * in rows of {@code columns}, and a "show more" row at the end when there is more below the cut-off.
 * Plain arrays, so laying out 100,000 photos costs well under a millisecond per resize.
 */
public final class GridLayout {

    /** A run of photos under one heading, [start, end) in display order. */
    public record Section(String title, int start, int end) {}

    public sealed interface Row permits HeaderRow, TilesRow, FooterRow {}

    public record HeaderRow(Section section) implements Row {}

    /** Photos [start, end) in display order. */
    public record TilesRow(int start, int end) implements Row {}

    public record FooterRow() implements Row {}

    public static final GridLayout EMPTY = of(0, 1, List.of(), false);

    private final int columns;
    private final int itemCount;
    private final List<Section> sections;
    private final boolean footer;
    /** Per row: the first photo of a tiles row, or {@code -1 - sectionIndex} for a header row. */
    private final int[] rowStart;
    /** Per row: the end (exclusive) of a tiles row. */
    private final int[] rowEnd;
    /** The indices of the tiles rows, in order; their starts increase. */
    private final int[] tilesRows;

    private GridLayout(
            int columns,
            int itemCount,
            List<Section> sections,
            boolean footer,
            int[] rowStart,
            int[] rowEnd,
            int[] tilesRows) {
        this.columns = columns;
        this.itemCount = itemCount;
        this.sections = sections;
        this.footer = footer;
        this.rowStart = rowStart;
        this.rowEnd = rowEnd;
        this.tilesRows = tilesRows;
    }

    /** @param sections empty for one untitled run of all photos */
    public static GridLayout of(int itemCount, int columns, List<Section> sections, boolean footer) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1: " + columns);
        }
        boolean titled = !sections.isEmpty();
        List<Section> runs = titled ? List.copyOf(sections) : List.of(new Section("", 0, itemCount));
        int rows = 0;
        for (Section section : runs) {
            rows += (titled ? 1 : 0) + ceilDiv(section.end() - section.start(), columns);
        }
        int[] starts = new int[rows];
        int[] ends = new int[rows];
        int[] tiles = new int[rows - (titled ? runs.size() : 0)];
        int row = 0;
        int tile = 0;
        for (int s = 0; s < runs.size(); s++) {
            Section section = runs.get(s);
            if (titled) {
                starts[row++] = -1 - s;
            }
            for (int start = section.start(); start < section.end(); start += columns) {
                starts[row] = start;
                ends[row] = Math.min(start + columns, section.end());
                tiles[tile++] = row++;
            }
        }
        return new GridLayout(columns, itemCount, titled ? runs : List.of(), footer, starts, ends, tiles);
    }

    public GridLayout withColumns(int newColumns) {
        return newColumns == columns ? this : of(itemCount, newColumns, sections, footer);
    }

    public int columns() {
        return columns;
    }

    public int itemCount() {
        return itemCount;
    }

    public List<Section> sections() {
        return sections;
    }

    public int rowCount() {
        return rowStart.length + (footer ? 1 : 0);
    }

    public Row row(int index) {
        if (index == rowStart.length && footer) {
            return new FooterRow();
        }
        int start = rowStart[index];
        if (start < 0) {
            return new HeaderRow(sections.get(-1 - start));
        }
        return new TilesRow(start, rowEnd[index]);
    }

    /** The row that shows photo {@code item}. */
    public int rowOf(int item) {
        if (item < 0 || item >= itemCount) {
            throw new IndexOutOfBoundsException("No row shows item " + item + " of " + itemCount);
        }
        int low = 0;
        int high = tilesRows.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (rowStart[tilesRows[mid]] <= item) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return tilesRows[low];
    }

    /**
     * The photo one row above ({@code -1}) or below ({@code +1}) {@code item}, keeping its column where the
     * neighbouring row is long enough; {@code item} itself at the top or bottom edge.
     */
    public int verticalNeighbour(int item, int direction) {
        int row = rowOf(item);
        int column = item - rowStart[row];
        for (int next = row + direction; next >= 0 && next < rowStart.length; next += direction) {
            if (rowStart[next] >= 0) {
                return Math.min(rowStart[next] + column, rowEnd[next] - 1);
            }
        }
        return item;
    }

    private static int ceilDiv(int a, int b) {
        return a <= 0 ? 0 : (a + b - 1) / b;
    }
}
