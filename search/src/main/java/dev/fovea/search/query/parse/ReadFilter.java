package dev.fovea.search.query.parse;

/**
 * Words of the query that were read as a filter, e.g. "July 2023" as a date or "in Lisbon" as a place.
 *
 * @param typed the words as typed
 * @param label the filter in words, e.g. "July 2023" (for "last summer": "summer 2024")
 * @param undoQuery the query with these words quoted: searching it keeps them as a description instead
 */
public record ReadFilter(Kind kind, String typed, String label, String undoQuery) {

    public enum Kind {
        DATE,
        PLACE
    }
}
