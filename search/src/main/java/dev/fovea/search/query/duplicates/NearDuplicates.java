package dev.fovea.search.query.duplicates;

/**
 * Groups near-identical photos (bursts, copies, light edits) in a ranked list ({@link RankedGroups}): walking down the ranking,
 * a photo joins the first group whose leader's embedding is at least the threshold similar, else it leads
 * a new group. Leaders are thus each group's best-ranked member. Byte-identical copies have identical
 * embeddings, so they always group.
 */
public final class NearDuplicates {
    /**
     * Similarity above which two photos count as the same shot. CLIP-like embeddings of re-encoded copies
     * and small crops stay above ~0.95, while different scenes of one event rarely pass 0.9; set from the
     * literature, not yet measured on a real model in this project.
     */
    public static final float DEFAULT_THRESHOLD = 0.95f;

    private NearDuplicates() {}
}
