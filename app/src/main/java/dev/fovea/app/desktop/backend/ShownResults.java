package dev.fovea.app.desktop.backend;

import java.util.List;

/**
 * @param hits best first (newest first when browsing)
 * @param moreBelowCut whether "show more" would add photos (weaker matches); false when they are already included
 * @param readAsFilters what the parser took from the query as filters, each undoable
 * @param weak nothing matched strongly: {@code hits} are the closest photos, shown under a plain heading
 */
public record ShownResults(List<PhotoHit> hits, boolean moreBelowCut, List<QueryFilter> readAsFilters, boolean weak) {

    public static final ShownResults EMPTY = new ShownResults(List.of(), false, List.of());

    public ShownResults {
        hits = List.copyOf(hits);
        readAsFilters = List.copyOf(readAsFilters);
    }

    public ShownResults(List<PhotoHit> hits, boolean moreBelowCut, List<QueryFilter> readAsFilters) {
        this(hits, moreBelowCut, readAsFilters, false);
    }
}
