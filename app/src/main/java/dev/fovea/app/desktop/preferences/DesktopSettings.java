package dev.fovea.app.desktop.preferences;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What the desktop app remembers between runs. Unknown or missing fields fall back to the defaults, so an
 * old or hand-edited settings file never stops the app from starting.
 *
 * @param window null until the window was first closed
 * @param queryHistory most recent first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DesktopSettings(
        ThemeMode theme,
        WindowPlacement window,
        List<String> queryHistory,
        int tileSize,
        boolean stackDuplicates,
        ResultOrder order,
        DateGrouping grouping) {

    public static final int MIN_TILE = 120;
    public static final int MAX_TILE = 320;
    public static final DesktopSettings DEFAULTS =
            new DesktopSettings(ThemeMode.SYSTEM, null, List.of(), 180, true, ResultOrder.RELEVANCE, DateGrouping.NONE);

    public DesktopSettings {
        theme = theme == null ? ThemeMode.SYSTEM : theme;
        queryHistory = queryHistory == null ? List.of() : List.copyOf(queryHistory);
        tileSize = tileSize == 0 ? 180 : Math.clamp(tileSize, MIN_TILE, MAX_TILE);
        order = order == null ? ResultOrder.RELEVANCE : order;
        grouping = grouping == null ? DateGrouping.NONE : grouping;
    }

    public DesktopSettings withTheme(ThemeMode value) {
        return new DesktopSettings(value, window, queryHistory, tileSize, stackDuplicates, order, grouping);
    }

    public DesktopSettings withWindow(WindowPlacement value) {
        return new DesktopSettings(theme, value, queryHistory, tileSize, stackDuplicates, order, grouping);
    }

    public DesktopSettings withQueryHistory(List<String> value) {
        return new DesktopSettings(theme, window, value, tileSize, stackDuplicates, order, grouping);
    }

    public DesktopSettings withTileSize(int value) {
        return new DesktopSettings(theme, window, queryHistory, value, stackDuplicates, order, grouping);
    }

    public DesktopSettings withStackDuplicates(boolean value) {
        return new DesktopSettings(theme, window, queryHistory, tileSize, value, order, grouping);
    }

    public DesktopSettings withOrder(ResultOrder value) {
        return new DesktopSettings(theme, window, queryHistory, tileSize, stackDuplicates, value, grouping);
    }

    public DesktopSettings withGrouping(DateGrouping value) {
        return new DesktopSettings(theme, window, queryHistory, tileSize, stackDuplicates, order, value);
    }
}
