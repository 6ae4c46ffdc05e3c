package dev.fovea.indexer.index;

import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.CatalogDocuments;
import dev.fovea.indexer.catalog.EmbeddingTable;
import dev.fovea.indexer.catalog.IndexJournal;
import dev.fovea.search.index.PhotoDocument;
import dev.fovea.search.index.UnitVectors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One model's vector index kept in step with the catalog. The index is derived data: changes reach it from
 * the catalog's journal after the catalog committed them, and opening it reconciles whatever a crash left
 * behind (journal replay, then a comparison of photo ids), so the two never disagree for long.
 */
public final class ModelIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModelIndex.class);
    private static final int SAMPLE = 20;

    private final Catalog catalog;
    private final String modelId;
    private final VectorStore store;
    private long appliedSeq;

    private ModelIndex(Catalog catalog, String modelId, VectorStore store) {
        this.catalog = catalog;
        this.modelId = modelId;
        this.store = store;
    }

    /**
     * Opens (creating when absent) the model's index under {@code indexRoot/<modelId>}. Call {@link #reconcile()}
     * before writing to it; {@link #check()} alone reports the state as found.
     */
    public static ModelIndex open(
            Catalog catalog, VectorStores stores, Path indexRoot, String modelId, int dimensions) {
        catalog.write(connection -> {
            IndexJournal.register(connection, modelId, dimensions);
            return null;
        });
        return new ModelIndex(catalog, modelId, stores.open(indexRoot.resolve(modelId), dimensions));
    }

    /** Opens the model's index only to check it; a missing index checks as empty. */
    public static ModelIndex openForCheck(
            Catalog catalog, VectorStores stores, Path indexRoot, String modelId, int dimensions) {
        Path directory = indexRoot.resolve(modelId);
        VectorStore store = java.nio.file.Files.isDirectory(directory)
                ? stores.openReadOnly(directory, dimensions)
                : new EmptyStore();
        return new ModelIndex(catalog, modelId, store);
    }

    /** What a model index that was never written (or was deleted) holds. */
    private static final class EmptyStore implements VectorStore {
        @Override
        public void upsert(PhotoDocument photo) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void delete(long photoId) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void commit() {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public long[] photoIds() {
            return new long[0];
        }

        @Override
        public void close() {}
    }

    public String modelId() {
        return modelId;
    }

    /** The vector index itself, for searching it. */
    public VectorStore store() {
        return store;
    }

    /** Brings the index up to every catalog change committed so far (not yet durable: see {@link #commit()}). */
    public synchronized void sync() {
        IndexJournal.Changes changes = catalog.read(connection -> IndexJournal.since(connection, modelId, appliedSeq));
        apply(changes.photoIds());
        appliedSeq = changes.upToSeq();
    }

    /** Makes the index durable, then forgets the journal entries it now holds. */
    public synchronized void commit() {
        store.commit();
        long upTo = appliedSeq;
        catalog.write(connection -> {
            IndexJournal.clear(connection, modelId, upTo);
            return null;
        });
    }

    /** Replays the journal, then adds what the index lacks and deletes what it should not hold. */
    public synchronized IndexCheck reconcile() {
        sync();
        Comparison before = compare();
        if (!before.missing().isEmpty() || !before.extra().isEmpty()) {
            LOG.info(
                    "Reconciling the {} index with the catalog: {} missing, {} extra",
                    modelId,
                    before.missing().size(),
                    before.extra().size());
            List<Long> differing = new ArrayList<>(before.missing());
            differing.addAll(before.extra());
            apply(differing);
        }
        commit();
        return before.check();
    }

    /** Compares without changing anything. */
    public synchronized IndexCheck check() {
        return compare().check();
    }

    /**
     * Compares the index of a model the library no longer uses, without changing anything: the photos journaled
     * for it since are left out, since opening the index replays them; the rest must agree with the catalog.
     */
    public synchronized IndexCheck checkDormant() {
        Set<Long> journaled = new HashSet<>(catalog.read(connection -> IndexJournal.since(connection, modelId, 0))
                .photoIds());
        return compare(journaled, true).check();
    }

    /** Every photo the index lacks and every one it should not hold, and the check that reports them. */
    private record Comparison(List<Long> missing, List<Long> extra, IndexCheck check) {}

    private Comparison compare() {
        return compare(Set.of(), false);
    }

    private Comparison compare(Set<Long> journaled, boolean dormant) {
        Set<Long> wanted = catalog.read(connection -> CatalogDocuments.ids(connection, modelId));
        long[] indexed = store.photoIds();
        Set<Long> present = idSet(indexed);
        List<Long> missing = wanted.stream()
                .filter(id -> !present.contains(id) && !journaled.contains(id))
                .sorted()
                .toList();
        List<Long> extra = present.stream()
                .filter(id -> !wanted.contains(id) && !journaled.contains(id))
                .sorted()
                .toList();
        long unsynced = catalog.read(connection -> IndexJournal.count(connection, modelId));
        return new Comparison(
                missing,
                extra,
                new IndexCheck(
                        modelId,
                        wanted.size(),
                        indexed.length,
                        missing.size(),
                        sample(missing),
                        extra.size(),
                        sample(extra),
                        unsynced,
                        dormant));
    }

    private void apply(Collection<Long> photoIds) {
        if (photoIds.isEmpty()) {
            return;
        }
        Map<Long, PhotoDocument> documents =
                catalog.read(connection -> CatalogDocuments.of(connection, modelId, photoIds));
        Set<String> broken = new HashSet<>();
        for (long id : photoIds) {
            PhotoDocument document = documents.get(id);
            if (document == null) {
                store.delete(id);
            } else if (UnitVectors.defect(document.embedding()) != null) {
                broken.add(document.photo().contentHash());
                store.delete(id);
            } else {
                store.upsert(document);
            }
        }
        if (!broken.isEmpty()) {
            forgetBroken(broken);
        }
    }

    /**
     * Older versions stored whatever the model gave, so a catalog may hold unusable vectors: they are
     * forgotten and their photos become pending, for the next run to embed again.
     */
    private void forgetBroken(Set<String> hashes) {
        LOG.warn(
                "{} photos had a broken {} embedding in the catalog; they will be embedded again",
                hashes.size(),
                modelId);
        catalog.write(connection -> {
            EmbeddingTable.forget(connection, modelId, hashes);
            return null;
        });
    }

    private static Set<Long> idSet(long[] ids) {
        Set<Long> set = new HashSet<>(ids.length * 2);
        Arrays.stream(ids).forEach(set::add);
        return set;
    }

    private static List<Long> sample(List<Long> ids) {
        return List.copyOf(ids.subList(0, Math.min(SAMPLE, ids.size())));
    }

    @Override
    public synchronized void close() {
        store.close();
    }
}
