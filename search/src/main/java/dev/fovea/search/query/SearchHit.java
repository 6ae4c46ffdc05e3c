package dev.fovea.search.query;

import dev.fovea.search.index.StoredPhoto;
import java.util.List;

/**
 * One result.
 *
 * @param similarity cosine similarity of the photo to the query vector; NaN for filter-only searches
 * @param relevant above the query's relevance cut, or matched by name
 * @param reasons why it matched
 * @param duplicates near-identical photos shown through this one, best first (empty unless collapsed)
 */
public record SearchHit(
        StoredPhoto photo, float similarity, boolean relevant, List<MatchReason> reasons, List<SearchHit> duplicates) {

    public SearchHit {
        reasons = List.copyOf(reasons);
        duplicates = List.copyOf(duplicates);
    }
}
