package dev.fovea.search.query.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.VectorUtil;

/**
 * The grouping of {@link NearDuplicates}, worked out only as far down a ranking as a search reads it. Telling whether the
 * photo at a rank leads its group needs the leaders above it alone; the members of the groups shown need each lower
 * photo compared with the leaders found so far, not with every leader below them. A search that shows 70 groups out
 * of 2,000 candidates thus compares each candidate with about 70 leaders instead of about 2,000: the same groups at a
 * fraction of the cost. Not thread-safe.
 */
public final class RankedGroups {
    private static final int UNKNOWN = -1;

    private final float[][] unitVectors;
    private final float threshold;
    private final Runnable checkpoint;
    /** The leader of each rank read so far; of the ranks below, once {@link #membersOf} is asked, among those leaders. */
    private final int[] leaderOf;

    private final List<Integer> leaders = new ArrayList<>();
    private int read;
    private List<List<Integer>> members;

    /**
     * @param unitVectors embeddings in rank order
     * @param checkpoint run before each photo is compared, so that a search nobody waits for can stop by throwing
     */
    public RankedGroups(float[][] unitVectors, float threshold, Runnable checkpoint) {
        this.unitVectors = unitVectors;
        this.threshold = threshold;
        this.checkpoint = checkpoint;
        this.leaderOf = new int[unitVectors.length];
        Arrays.fill(leaderOf, UNKNOWN);
    }

    /** Whether the photo at {@code rank} leads its group; ask in rank order, and before any {@link #membersOf}. */
    public boolean leads(int rank) {
        if (rank >= read && members != null) {
            throw new IllegalStateException("The groups' members were gathered: no lower rank can be read after them");
        }
        while (read <= rank) {
            int leader = firstLeaderMatching(read);
            leaderOf[read] = leader == UNKNOWN ? read : leader;
            if (leaderOf[read] == read) {
                leaders.add(read);
            }
            read++;
        }
        return leaderOf[rank] == rank;
    }

    /** The ranks below {@code leader} in its group, best first; {@code leader} must have been read by {@link #leads}. */
    public List<Integer> membersOf(int leader) {
        if (leader >= read || leaderOf[leader] != leader) {
            throw new IllegalArgumentException("Rank " + leader + " was not read as a leader");
        }
        if (members == null) {
            gatherMembers();
        }
        return members.get(leaders.indexOf(leader));
    }

    /**
     * A rank below those read belongs to the first leader it matches; whichever leaders lie below the ranks read come
     * after all those found, so the first match among these is its leader if it has one of them.
     */
    private void gatherMembers() {
        for (int rank = read; rank < unitVectors.length; rank++) {
            leaderOf[rank] = firstLeaderMatching(rank);
        }
        members = new ArrayList<>(leaders.size());
        int[] slot = new int[unitVectors.length];
        for (int i = 0; i < leaders.size(); i++) {
            members.add(new ArrayList<>());
            slot[leaders.get(i)] = i;
        }
        for (int rank = 0; rank < unitVectors.length; rank++) {
            int leader = leaderOf[rank];
            if (leader != UNKNOWN && leader != rank) {
                members.get(slot[leader]).add(rank);
            }
        }
    }

    private int firstLeaderMatching(int rank) {
        checkpoint.run();
        for (int leader : leaders) {
            if (VectorUtil.dotProduct(unitVectors[rank], unitVectors[leader]) >= threshold) {
                return leader;
            }
        }
        return UNKNOWN;
    }
}
