package dev.fovea.indexer.index;

import java.util.List;

/**
 * How a model's vector index compares with the catalog.
 *
 * @param catalogPhotos photos the catalog says belong in the index (their content has an embedding for the model)
 * @param indexedPhotos documents in the index
 * @param missing photo ids the index lacks (a sample when many)
 * @param extra photo ids the index holds but should not (a sample when many)
 * @param unsyncedChanges catalog changes not yet committed to the index
 * @param dormant the index of a model the library no longer uses: the changes journaled for it wait until it is used
 *     again (opening an index replays them), so they are not faults; what differs besides them is
 */
public record IndexCheck(
        String modelId,
        long catalogPhotos,
        long indexedPhotos,
        long missingCount,
        List<Long> missing,
        long extraCount,
        List<Long> extra,
        long unsyncedChanges,
        boolean dormant) {

    public boolean consistent() {
        return missingCount == 0 && extraCount == 0 && (dormant || unsyncedChanges == 0);
    }
}
