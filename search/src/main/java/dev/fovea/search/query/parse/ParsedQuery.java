package dev.fovea.search.query.parse;

import dev.fovea.search.query.filter.SearchFilters;
import java.util.List;

/**
 * What a typed query asks for.
 *
 * @param description the words that describe the picture, with filter words removed; may be empty
 * @param terms what the query vector is made of (the description is one of them); empty for a filter-only query
 * @param filters filters read from the words (dates, places)
 * @param readFilters which words became those filters, each with the query that undoes it
 * @param lexicalWords words that may also match file, folder and camera names
 * @param lexicalPhrases quoted phrases, matched as phrases in those names
 * @param excludedWords words after {@code -}: photos whose names contain them are not lexical matches
 * @param notes what was ignored or adjusted, in words for the user
 */
public record ParsedQuery(
        String text,
        String description,
        List<QueryTerm> terms,
        SearchFilters filters,
        List<ReadFilter> readFilters,
        List<String> lexicalWords,
        List<String> lexicalPhrases,
        List<String> excludedWords,
        List<String> notes) {

    public ParsedQuery {
        terms = List.copyOf(terms);
        readFilters = List.copyOf(readFilters);
        lexicalWords = List.copyOf(lexicalWords);
        lexicalPhrases = List.copyOf(lexicalPhrases);
        excludedWords = List.copyOf(excludedWords);
        notes = List.copyOf(notes);
    }

    /** True when nothing describes a picture: only filters, or nothing at all. */
    public boolean filterOnly() {
        return terms.isEmpty() && lexicalWords.isEmpty() && lexicalPhrases.isEmpty();
    }
}
