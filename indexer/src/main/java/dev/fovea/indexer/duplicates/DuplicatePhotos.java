package dev.fovea.indexer.duplicates;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.SearchIndex;
import dev.fovea.indexer.catalog.EmbeddingTable;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.search.FoveaException;
import dev.fovea.search.query.duplicates.DuplicateGroups;
import dev.fovea.search.query.duplicates.NearDuplicates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.lucene.util.VectorUtil;

/**
 * The library's groups of near-identical photos (bursts, copies, light edits), each best first, with how similar
 * each photo is to the best one. The groups come from {@link DuplicateGroups} over the serving index.
 */
public final class DuplicatePhotos {
    /**
     * Which photo of a group to keep: the most pixels (the original, not a downscaled copy or a crop), then the
     * largest file (less compressed), then the earliest taken (the original, not a later edit), then the path.
     * Sharpness is not compared: it would mean decoding every photo of every group again.
     */
    public static final Comparator<PhotoRow> BEST_FIRST = Comparator.<PhotoRow>comparingLong(photo -> -pixels(photo))
            .thenComparingLong(photo -> -photo.size())
            .thenComparing(
                    photo -> photo.metadata().takenAt() == null
                            ? null
                            : photo.metadata().takenAt().local(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(photo -> photo.path().toString());

    /**
     * @param similarity cosine similarity of the photo's embedding to the best one's (1 for the best)
     * @param exactCopy the same bytes as the best one (same content hash)
     */
    public record Member(PhotoRow photo, float similarity, boolean exactCopy) {}

    /** Photos that show the same shot, best first. */
    public record Group(List<Member> photos) {
        public Member best() {
            return photos.getFirst();
        }
    }

    private DuplicatePhotos() {}

    /** Groups at the default threshold, {@link NearDuplicates#DEFAULT_THRESHOLD}. */
    public static List<Group> find(Library library, BooleanSupplier cancelled) {
        return find(library, NearDuplicates.DEFAULT_THRESHOLD, cancelled);
    }

    /** Largest groups first; nothing before the library's first indexing run. */
    public static List<Group> find(Library library, float threshold, BooleanSupplier cancelled) {
        if (!(threshold > 0f && threshold <= 1f)) {
            throw new FoveaException(
                    "The similarity threshold must be above 0 and at most 1, e.g. 0.95; it was " + threshold + ".");
        }
        Optional<SearchIndex> opened = library.searchIndex();
        if (opened.isEmpty()) {
            return List.of();
        }
        List<List<Long>> idGroups;
        String modelId;
        try (SearchIndex index = opened.get()) {
            modelId = index.modelId();
            idGroups = DuplicateGroups.find(index.index(), threshold, cancelled);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Long> ids : idGroups) {
            List<PhotoRow> photos = ids.stream()
                    .map(library::photo)
                    .flatMap(Optional::stream)
                    .sorted(BEST_FIRST)
                    .toList();
            if (photos.size() > 1) {
                groups.add(group(library, modelId, photos));
            }
        }
        return groups;
    }

    private static Group group(Library library, String modelId, List<PhotoRow> bestFirst) {
        PhotoRow best = bestFirst.getFirst();
        float[] bestVector = unitEmbedding(library, modelId, best);
        List<Member> members = new ArrayList<>();
        for (PhotoRow photo : bestFirst) {
            boolean copy = photo.contentHash() != null && photo.contentHash().equals(best.contentHash());
            float similarity = copy ? 1f : VectorUtil.dotProduct(bestVector, unitEmbedding(library, modelId, photo));
            members.add(new Member(photo, similarity, copy && photo != best));
        }
        return new Group(List.copyOf(members));
    }

    private static float[] unitEmbedding(Library library, String modelId, PhotoRow photo) {
        float[] vector = library.catalog()
                .read(connection -> EmbeddingTable.get(connection, photo.contentHash(), modelId))
                .orElseThrow(() -> new FoveaException(photo.path() + " has no embedding for " + modelId
                        + " though the index holds it. Run 'fovea verify --repair'."));
        float[] unit = vector.clone();
        VectorUtil.l2normalize(unit);
        return unit;
    }

    private static long pixels(PhotoRow photo) {
        Integer width = photo.metadata().width();
        Integer height = photo.metadata().height();
        return width == null || height == null ? 0 : (long) width * height;
    }
}
