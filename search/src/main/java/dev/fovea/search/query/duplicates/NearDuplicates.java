package dev.fovea.search.query.duplicates;

/**
 * Groups near-identical photos (bursts, copies, light edits) in a ranked list: walking down the ranking,
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

    /**
     * For each item of a ranked list, the index of its group's leader (itself when it leads).
     *
     * @param unitVectors embeddings in rank order
     */
    public static int[] leaders(float[][] unitVectors, float threshold) {
        RankedGroups groups = new RankedGroups(unitVectors, threshold, () -> {});
        int[] leaderOf = new int[unitVectors.length];
        for (int i = 0; i < unitVectors.length; i++) {
            leaderOf[i] = i;
            groups.leads(i);
        }
        for (int i = 0; i < unitVectors.length; i++) {
            if (groups.leads(i)) {
                for (int member : groups.membersOf(i)) {
                    leaderOf[member] = i;
                }
            }
        }
        return leaderOf;
    }
}
