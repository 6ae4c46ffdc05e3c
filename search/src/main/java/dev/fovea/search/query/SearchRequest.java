package dev.fovea.search.query;

import dev.fovea.search.query.filter.SearchFilters;
import java.util.List;
import java.util.Set;

/**
 * A search as the box and the command line ask it.
 *
 * @param text what was typed, with operators, dates and places (see {@link dev.fovea.search.query.parse.QueryParser})
 * @param filters filters given apart from the text (command-line options, UI controls)
 * @param moreLike photo ids the user marked as good results (relevance feedback)
 * @param lessLike photo ids the user marked as wrong
 * @param limit at most this many results
 * @param includeBelowCut also return results below the relevance cut ("show more")
 * @param collapseDuplicates show each group of near-identical photos as its best member
 * @param keptAsText words the parser read as a filter before ({@link dev.fovea.search.query.parse.ReadFilter#typed()})
 *     that the user asked to search as words instead
 */
public record SearchRequest(
        String text,
        SearchFilters filters,
        List<Long> moreLike,
        List<Long> lessLike,
        int limit,
        boolean includeBelowCut,
        boolean collapseDuplicates,
        Set<String> keptAsText) {

    public static final int DEFAULT_LIMIT = 50;
    /** Most results a search ranks (nearest neighbours and name matches gathered): what `fovea search --limit` allows. */
    public static final int MAX_LIMIT = 10_000;
    /**
     * Most photos a listing returns, a search with nothing to rank by (an empty box, filters only): a whole large
     * library, newest first, as the app's grid shows it. Ranked searches still gather at most {@link #MAX_LIMIT}.
     */
    public static final int MAX_LISTED = 1_000_000;

    public SearchRequest {
        text = text == null ? "" : text;
        filters = filters == null ? SearchFilters.NONE : filters;
        moreLike = List.copyOf(moreLike);
        keptAsText = Set.copyOf(keptAsText);
        lessLike = List.copyOf(lessLike);
        if (limit < 1 || limit > MAX_LISTED) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LISTED + ": " + limit);
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, SearchFilters.NONE, List.of(), List.of(), DEFAULT_LIMIT, false, true, Set.of());
    }

    public SearchRequest withFilters(SearchFilters newFilters) {
        return new SearchRequest(
                text, newFilters, moreLike, lessLike, limit, includeBelowCut, collapseDuplicates, keptAsText);
    }

    public SearchRequest withFeedback(List<Long> more, List<Long> less) {
        return new SearchRequest(text, filters, more, less, limit, includeBelowCut, collapseDuplicates, keptAsText);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(
                text, filters, moreLike, lessLike, newLimit, includeBelowCut, collapseDuplicates, keptAsText);
    }

    public SearchRequest withBelowCut(boolean include) {
        return new SearchRequest(text, filters, moreLike, lessLike, limit, include, collapseDuplicates, keptAsText);
    }

    public SearchRequest withKeptAsText(Set<String> phrases) {
        return new SearchRequest(
                text, filters, moreLike, lessLike, limit, includeBelowCut, collapseDuplicates, phrases);
    }

    public SearchRequest withCollapsedDuplicates(boolean collapse) {
        return new SearchRequest(text, filters, moreLike, lessLike, limit, includeBelowCut, collapse, keptAsText);
    }
}
