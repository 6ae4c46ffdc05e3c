package dev.fovea.app.desktop.backend;

import java.util.Set;

/**
 * One search from the search bar.
 *
 * @param query what was typed, including combined-query syntax such as {@code beach +sunset -people}
 * @param keptAsText phrases the parser read as filters last time and the user asked to search as words
 * @param includeBelowCutoff also return what lies below the query's relevance cut-off ("show more")
 * @param stackDuplicates collapse each group of near-duplicates into its best photo
 */
public record TypedSearch(
        String query,
        PanelFilters filters,
        Set<String> keptAsText,
        boolean includeBelowCutoff,
        boolean stackDuplicates) {

    public TypedSearch {
        keptAsText = Set.copyOf(keptAsText);
    }

    public boolean browsing() {
        return query.isBlank();
    }
}
