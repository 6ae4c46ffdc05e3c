package dev.fovea.search.query;

import dev.fovea.search.query.parse.ParsedQuery;
import java.util.List;

/**
 * The answer to a search: relevant results first, then (when asked) those below the relevance cut.
 *
 * @param query how the text was read: description, terms, filters read from it (each undoable)
 * @param relevantCount how many of {@code hits} are above the cut or matched by name
 * @param moreBelowCut whether results below the cut were left out ("show more" would bring them)
 * @param cutoff the similarity where the cut was placed; -Infinity when the library is too small to place one
 * @param warnings what the user should know, e.g. a filter value no photo has
 */
public record SearchResults(
        ParsedQuery query,
        List<SearchHit> hits,
        int relevantCount,
        boolean moreBelowCut,
        float cutoff,
        List<String> warnings) {

    public SearchResults {
        hits = List.copyOf(hits);
        warnings = List.copyOf(warnings);
    }

    public List<SearchHit> relevant() {
        return hits.subList(0, relevantCount);
    }

    public List<SearchHit> belowCut() {
        return hits.subList(relevantCount, hits.size());
    }

    /**
     * Nothing lies above the cut but photos lie below it (in a search that returned those): rather than
     * nothing, the closest are worth showing under a plain note.
     */
    public boolean weak() {
        return relevantCount == 0 && !hits.isEmpty();
    }

    /** What to show without "show more": the relevant results, or when the results are weak, the closest few. */
    public List<SearchHit> strongOrClosest(int closest) {
        return weak() ? hits.subList(0, Math.min(closest, hits.size())) : relevant();
    }
}
