package dev.fovea.search.query.album;

import dev.fovea.search.query.SearchRequest;
import dev.fovea.search.query.filter.SearchFilters;

/**
 * A smart album the user made from a search. The text is kept as typed, so relative dates ("last summer")
 * are read again each time it is opened.
 */
public record SavedSearch(String name, String text, SearchFilters filters) {

    public SearchRequest request() {
        return SearchRequest.of(text).withFilters(filters);
    }
}
