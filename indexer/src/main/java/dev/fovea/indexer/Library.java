package dev.fovea.indexer;

import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.CatalogCounts;
import dev.fovea.indexer.catalog.EmbeddingTable;
import dev.fovea.indexer.catalog.IndexJournal;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.catalog.PhotoTable;
import dev.fovea.indexer.catalog.RootTable;
import dev.fovea.indexer.catalog.SettingsTable;
import dev.fovea.indexer.index.IndexCheck;
import dev.fovea.indexer.index.LuceneVectorStores;
import dev.fovea.indexer.index.ModelIndex;
import dev.fovea.indexer.index.VectorStores;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingRun;
import dev.fovea.indexer.pipeline.PhotoDecoding;
import dev.fovea.indexer.pipeline.PhotoEncoder;
import dev.fovea.indexer.pipeline.ProgressListener;
import dev.fovea.indexer.scan.LibraryRoot;
import dev.fovea.indexer.thumbnail.ThumbnailStore;
import dev.fovea.search.FoveaException;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.query.place.KnownPlaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A photo library in a Fovea home: its folders, catalog, vector indexes and thumbnails. What the CLI and the
 * desktop app use; thread-safe.
 */
public final class Library implements AutoCloseable {
    private final FoveaHome home;
    private final Catalog catalog;
    private final ThumbnailStore thumbnails;
    private final VectorStores stores;
    private final Map<String, ModelIndex> indexes = new LinkedHashMap<>();
    private IndexingLock lock;
    private IndexingRun current;

    private Library(FoveaHome home, Catalog catalog, VectorStores stores) {
        this.home = home;
        this.catalog = catalog;
        this.stores = stores;
        this.thumbnails = new ThumbnailStore(home.thumbnails());
    }

    /** Opens the library of a Fovea home with Lucene vector indexes, creating its catalog when absent. */
    public static Library open(Path home) {
        return open(home, new LuceneVectorStores());
    }

    /** Opens the library of a Fovea home, creating its catalog when absent. */
    public static Library open(Path home, VectorStores stores) {
        FoveaHome folders = new FoveaHome(home.toAbsolutePath().normalize());
        return new Library(folders, Catalog.open(folders.catalog()), stores);
    }

    public FoveaHome home() {
        return home;
    }

    public Catalog catalog() {
        return catalog;
    }

    public ThumbnailStore thumbnails() {
        return thumbnails;
    }

    // ---- folders

    public List<LibraryRoot> roots() {
        return catalog.read(RootTable::all);
    }

    public LibraryRoot addRoot(Path folder) {
        return addRoot(folder, List.of(), List.of());
    }

    /**
     * Adds a folder. A folder inside one already in the library adds nothing (it is covered); one that
     * contains library folders takes their photos over, so a photo always belongs to exactly one root.
     */
    public synchronized LibraryRoot addRoot(Path folder, List<String> includes, List<String> excludes) {
        Path path = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new FoveaException(path + " is not a folder. Give the folder that holds your photos.");
        }
        return catalog.write(
                connection -> RootTable.add(connection, path, includes, excludes, System.currentTimeMillis()));
    }

    /** Removes a folder and its photos from the library (the files are not touched). */
    public synchronized void removeRoot(Path folder) {
        refuseWhileIndexing("remove a folder");
        Path path = folder.toAbsolutePath().normalize();
        LibraryRoot root = roots().stream()
                .filter(r -> r.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new FoveaException(path + " is not a library folder. 'fovea status' lists them."));
        catalog.write(connection -> {
            IndexJournal.touch(connection, PhotoTable.idsOfRoot(connection, root.id()));
            RootTable.delete(connection, root.id());
            return null;
        });
        indexes.values().forEach(index -> {
            index.sync();
            index.commit();
        });
    }

    // ---- indexing

    /** Indexes every library folder in the background. */
    public IndexingRun startIndexing(
            PhotoEncoder encoder, PhotoDecoding decoder, IndexingOptions options, ProgressListener listener) {
        List<IndexingRun.Scope> scopes = roots().stream()
                .map(root -> new IndexingRun.Scope(root, root.path()))
                .toList();
        return start(encoder, decoder, options, listener, scopes, true);
    }

    /** Indexes only these folders (and below), e.g. those a watcher saw change. */
    public IndexingRun startIndexing(
            PhotoEncoder encoder,
            PhotoDecoding decoder,
            IndexingOptions options,
            ProgressListener listener,
            List<Path> folders) {
        List<LibraryRoot> roots = roots();
        List<IndexingRun.Scope> scopes = new ArrayList<>();
        for (Path folder : folders) {
            Path path = folder.toAbsolutePath().normalize();
            roots.stream()
                    .filter(root -> path.startsWith(root.path()))
                    .findFirst()
                    .ifPresent(root -> scopes.add(new IndexingRun.Scope(root, path)));
        }
        return start(encoder, decoder, options, listener, scopes, false);
    }

    public synchronized Optional<IndexingRun> currentRun() {
        return Optional.ofNullable(current).filter(run -> !run.isDone());
    }

    private synchronized IndexingRun start(
            PhotoEncoder encoder,
            PhotoDecoding decoder,
            IndexingOptions options,
            ProgressListener listener,
            List<IndexingRun.Scope> scopes,
            boolean fullRun) {
        refuseWhileIndexing("start another indexing run");
        if (lock == null) {
            lock = IndexingLock.acquire(home.indexingLock());
            thumbnails.removeTemporaryFiles();
        }
        String model = encoder.modelId();
        switchModel(model);
        List<ModelIndex> open = new ArrayList<>();
        open.add(index(model, encoder.dimensions()));
        servingIndex().filter(serving -> !serving.modelId().equals(model)).ifPresent(open::add);
        current = IndexingRun.start(
                new IndexingRun.Setup(
                        catalog, open, thumbnails, encoder, decoder, options, scopes, fullRun, summary -> {
                            if (!summary.cancelled() && catalog.read(CatalogCounts::pending) == 0) {
                                catalog.write(connection -> {
                                    SettingsTable.put(connection, SettingsTable.SERVING_MODEL, model);
                                    return null;
                                });
                            }
                        }),
                listener);
        return current;
    }

    /**
     * Makes {@code model} the one the library is indexed for. Photos embedded only by another model become
     * pending; that model keeps serving searches until the new one has caught up.
     */
    private void switchModel(String model) {
        catalog.write(connection -> {
            Optional<String> previous = SettingsTable.get(connection, SettingsTable.INDEXING_MODEL);
            if (previous.isEmpty() || !previous.get().equals(model)) {
                PhotoTable.markPendingUnlessIndexedBy(connection, model);
                SettingsTable.put(connection, SettingsTable.INDEXING_MODEL, model);
            }
            if (SettingsTable.get(connection, SettingsTable.SERVING_MODEL).isEmpty()) {
                SettingsTable.put(connection, SettingsTable.SERVING_MODEL, model);
            }
            return null;
        });
    }

    /** The model's vector index, opened and reconciled with the catalog on first use. */
    public synchronized ModelIndex index(String modelId, int dimensions) {
        ModelIndex index = indexes.get(modelId);
        if (index == null) {
            index = ModelIndex.open(catalog, stores, home.indexRoot(), modelId, dimensions);
            try {
                index.reconcile();
            } catch (RuntimeException e) {
                index.close();
                throw e;
            }
            indexes.put(modelId, index);
        }
        return index;
    }

    /**
     * The index that answers searches, for the CLI and the desktop alike: the live one when this library has the
     * serving model's index open (it indexes, or has indexed), so photos show up as they are indexed; otherwise a
     * read-only view of its last commit, so searching works while another Fovea indexes. Empty before the first
     * indexing run.
     */
    public synchronized Optional<SearchIndex> searchIndex() {
        Optional<String> serving = servingModel();
        if (serving.isEmpty()) {
            return Optional.empty();
        }
        Integer dims = catalog.read(CatalogCounts::vectorIndexes).get(serving.get());
        if (dims == null) {
            return Optional.empty();
        }
        ModelIndex live = indexes.get(serving.get());
        return Optional.of(
                live != null
                        ? new SearchIndex(
                                serving.get(), LuceneVectorStores.vectorIndex(live.store()), knownPlaces(), false)
                        : new SearchIndex(
                                serving.get(),
                                VectorIndex.openReadOnly(home.indexRoot().resolve(serving.get()), dims),
                                knownPlaces(),
                                true));
    }

    /** The index that answers searches (the serving model's), opened and reconciled; empty before the first run. */
    private Optional<ModelIndex> servingIndex() {
        Optional<String> serving = servingModel();
        if (serving.isEmpty()) {
            return Optional.empty();
        }
        Integer dims = catalog.read(CatalogCounts::vectorIndexes).get(serving.get());
        return dims == null ? Optional.empty() : Optional.of(index(serving.get(), dims));
    }

    public Optional<String> servingModel() {
        return catalog.read(connection -> SettingsTable.get(connection, SettingsTable.SERVING_MODEL));
    }

    public Optional<String> indexingModel() {
        return catalog.read(connection -> SettingsTable.get(connection, SettingsTable.INDEXING_MODEL));
    }

    private void refuseWhileIndexing(String what) {
        if (current != null && !current.isDone()) {
            throw new FoveaException("Cannot " + what + " while indexing runs. Cancel or wait for the run first.");
        }
    }

    // ---- what the UI and the search side read

    public Optional<PhotoRow> photo(long photoId) {
        return catalog.read(connection -> PhotoTable.byId(connection, photoId));
    }

    public Optional<PhotoRow> photo(Path file) {
        return catalog.read(connection ->
                PhotoTable.byPath(connection, file.toAbsolutePath().normalize()));
    }

    /** The photo's thumbnail file (JPEG, long side ThumbnailMaker.LONG_SIDE), when it has one. */
    public Optional<Path> thumbnail(long photoId) {
        return photo(photoId)
                .map(PhotoRow::contentHash)
                .flatMap(hash -> hash == null ? Optional.empty() : thumbnails.find(hash));
    }

    /** Folders holding photos: their names are what a query like "in Lisbon" can mean. */
    public List<Path> folders() {
        return catalog.read(CatalogCounts::folders);
    }

    /** Places a query can name, from the folder names ("in Lisbon" matches a folder "2023 Lisbon"). */
    public KnownPlaces knownPlaces() {
        return FolderPlaces.of(roots(), folders());
    }

    /**
     * The values present in the library, for filter choices.
     *
     * @param cameras make and model as people name a camera, e.g. "Google Pixel 7", "Canon EOS R6"
     */
    public record Facets(
            List<String> cameras,
            List<String> cameraMakes,
            List<String> cameraModels,
            List<String> lenses,
            List<String> fileTypes,
            List<Path> folders) {}

    public Facets facets() {
        return catalog.read(connection -> new Facets(
                CatalogCounts.cameras(connection),
                CatalogCounts.distinct(connection, "camera_make"),
                CatalogCounts.distinct(connection, "camera_model"),
                CatalogCounts.distinct(connection, "lens"),
                CatalogCounts.distinct(connection, "file_type"),
                CatalogCounts.folders(connection)));
    }

    /** The files that could not be indexed, most recent first. */
    public List<CatalogCounts.SkippedFile> skippedFiles(int limit) {
        return catalog.read(connection -> CatalogCounts.skipped(connection, limit));
    }

    /**
     * Forgets every embedding of a model: its photos become pending and its index empties; the next run
     * embeds them again (for a re-index after a model file was replaced in place).
     */
    public synchronized void forgetEmbeddings(String modelId) {
        refuseWhileIndexing("forget embeddings");
        catalog.write(connection -> {
            PhotoTable.markPendingIndexedBy(connection, modelId);
            EmbeddingTable.deleteModel(connection, modelId);
            IndexJournal.touch(connection, PhotoTable.allIds(connection));
            return null;
        });
        indexes.values().forEach(index -> {
            index.sync();
            index.commit();
        });
    }

    /** Counts and sizes; sizing walks the thumbnails and indexes, so a UI that refreshes often asks {@link #counts()}. */
    public LibraryStatus status() {
        return statusReader().status();
    }

    /** The counts of {@link #status()} without the sizes (which are 0): cheap enough to ask every second or two. */
    public LibraryStatus counts() {
        return statusReader().counts();
    }

    private LibraryStatusReader statusReader() {
        return new LibraryStatusReader(catalog, home, thumbnails);
    }

    /**
     * Checks every model index against the catalog as found, without repairing anything (opening a library
     * for indexing or search reconciles).
     */
    public synchronized VerifyReport verify() {
        List<IndexCheck> checks = new ArrayList<>();
        for (Map.Entry<String, Integer> model :
                catalog.read(CatalogCounts::vectorIndexes).entrySet()) {
            ModelIndex open = indexes.get(model.getKey());
            if (open != null) {
                checks.add(open.check());
            } else {
                try (ModelIndex index =
                        ModelIndex.openForCheck(catalog, stores, home.indexRoot(), model.getKey(), model.getValue())) {
                    checks.add(index.check());
                }
            }
        }
        return new VerifyReport(checks, catalog.read(CatalogCounts::problems));
    }

    @Override
    public synchronized void close() {
        if (current != null && !current.isDone()) {
            current.cancel();
            try {
                current.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the run's failure was reported to whoever awaited it
            }
        }
        indexes.values().forEach(ModelIndex::close);
        indexes.clear();
        catalog.close();
        if (lock != null) {
            lock.close();
        }
    }
}
