package dev.fovea.app.desktop.backend;

import java.util.List;
import java.util.Set;

/**
 * One search from the search bar.
 *
 * @param query what was typed, including combined-query syntax such as {@code beach +sunset -people}
 * @param keptAsText phrases the parser read as filters last time and the user asked to search as words
 * @param includeBelowCutoff also return what lies below the query's relevance cut-off ("show more")
 * @param stackDuplicates collapse each group of near-duplicates into its best photo
 * @param moreLike ids of photos the results should be more like ("more like this")
 * @param lessLike ids of photos the results should be less like
 */
public record TypedSearch(
        String query,
        PanelFilters filters,
        Set<String> keptAsText,
        boolean includeBelowCutoff,
        boolean stackDuplicates,
        List<Long> moreLike,
        List<Long> lessLike) {

    public TypedSearch {
        keptAsText = Set.copyOf(keptAsText);
        moreLike = List.copyOf(moreLike);
        lessLike = List.copyOf(lessLike);
    }

    public TypedSearch(
            String query,
            PanelFilters filters,
            Set<String> keptAsText,
            boolean includeBelowCutoff,
            boolean stackDuplicates) {
        this(query, filters, keptAsText, includeBelowCutoff, stackDuplicates, List.of(), List.of());
    }

    public boolean hasFeedback() {
        return !moreLike.isEmpty() || !lessLike.isEmpty();
    }

    public boolean browsing() {
        return query.isBlank() && !hasFeedback();
    }
}
