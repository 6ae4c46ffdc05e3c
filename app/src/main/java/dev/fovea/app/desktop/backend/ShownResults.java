package dev.fovea.app.desktop.backend;

import java.util.List;

/**
 * @param hits best first (newest first when browsing)
 * @param belowCutoff how many more photos "show more" would add; 0 when they are already included
 * @param readAsFilters what the parser took from the query as filters, each undoable
 */
public record ShownResults(List<PhotoHit> hits, int belowCutoff, List<QueryFilter> readAsFilters) {

    public static final ShownResults EMPTY = new ShownResults(List.of(), 0, List.of());

    public ShownResults {
        hits = List.copyOf(hits);
        readAsFilters = List.copyOf(readAsFilters);
    }
}
