package dev.fovea.indexer;

import dev.fovea.indexer.album.Albums;
import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.CatalogCounts;
import dev.fovea.indexer.catalog.DecodeWarningTable;
import dev.fovea.indexer.catalog.EmbeddingTable;
import dev.fovea.indexer.catalog.IndexJournal;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.catalog.PhotoTable;
import dev.fovea.indexer.catalog.PlaceTable;
import dev.fovea.indexer.catalog.RootTable;
import dev.fovea.indexer.catalog.SettingsTable;
import dev.fovea.indexer.catalog.TextTable;
import dev.fovea.indexer.catalog.VideoTable;
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
import dev.fovea.indexer.text.RecognisedText;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.indexer.text.TextReading;
import dev.fovea.indexer.thumbnail.ThumbnailStore;
import dev.fovea.search.FoveaException;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.places.ReverseGeocoder;
import dev.fovea.search.query.place.KnownPlace;
import dev.fovea.search.query.place.KnownPlaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
    private TextReading textReading = TextReading.off();
    private static final String TEXT_MODE = "text_mode";
    private static final String EXACT_DECODING = "exact_decoding";

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

    /** Which photos this library reads the text of: what `fovea index --ocr` or the app's settings chose last. */
    public TextMode textMode() {
        return catalog.read(connection -> SettingsTable.get(connection, TEXT_MODE))
                .map(TextMode::parse)
                .orElse(TextMode.AUTO);
    }

    public void setTextMode(TextMode mode) {
        catalog.write(connection -> {
            SettingsTable.put(connection, TEXT_MODE, mode.label());
            return null;
        });
    }

    /**
     * Whether this library's runs decode photos at full resolution, as the reference does: the app's Settings
     * switch, kept here so `fovea index` follows it too (`--exact` asks for it for one run).
     */
    public boolean exactDecoding() {
        return catalog.read(connection -> SettingsTable.get(connection, EXACT_DECODING))
                .map(Boolean::parseBoolean)
                .orElse(false);
    }

    public void setExactDecoding(boolean exact) {
        catalog.write(connection -> {
            SettingsTable.put(connection, EXACT_DECODING, Boolean.toString(exact));
            return null;
        });
    }

    /** How runs started from now on read the text in photos (off until set). */
    public synchronized void readTextWith(TextReading reading) {
        textReading = reading;
    }

    /** Whether this content's text was read, passed over by the gate, or failed; empty before its turn. */
    public Optional<TextTable.Outcome> textOutcome(String contentHash) {
        return catalog.read(connection -> TextTable.outcome(connection, contentHash));
    }

    /** How many contents have each text outcome ("read", "gated", "timeout", "failed"). */
    public Map<String, Long> textOutcomes() {
        return catalog.read(TextTable::outcomes);
    }

    /** The words read in a photo's content; empty when it was not read or held none. */
    public RecognisedText textOf(String contentHash) {
        return catalog.read(connection -> TextTable.text(connection, contentHash))
                .orElse(RecognisedText.NONE);
    }

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

    /**
     * Takes the home's indexing lock now rather than at the first run, so that a command that changes the
     * library (adding folders) can be refused by another Fovea's indexing before it changes anything.
     */
    public synchronized void claimIndexing() {
        if (lock == null) {
            lock = IndexingLock.acquire(home.indexingLock());
            thumbnails.removeTemporaryFiles();
        }
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
        claimIndexing();
        String model = encoder.modelId();
        switchModel(model);
        List<ModelIndex> open = new ArrayList<>();
        open.add(index(model, encoder.dimensions()));
        servingIndex().filter(serving -> !serving.modelId().equals(model)).ifPresent(open::add);
        current = IndexingRun.start(
                new IndexingRun.Setup(
                        catalog, open, thumbnails, encoder, decoder, options, scopes, fullRun, textReading, summary -> {
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
            namePlacesOnce();
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
     * Names the places of every photo when the catalog was named from other data or before places existed;
     * the photos whose place changed are journaled, so their index documents gain it without new embeddings.
     */
    private void namePlacesOnce() {
        catalog.write(connection -> {
            if (!SettingsTable.get(connection, PlaceTable.DATA_KEY).equals(Optional.of(ReverseGeocoder.DATA_VERSION))) {
                IndexJournal.touch(connection, PlaceTable.refillAll(connection, ReverseGeocoder.bundled()));
                SettingsTable.put(connection, PlaceTable.DATA_KEY, ReverseGeocoder.DATA_VERSION);
            }
            return null;
        });
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
        if (live == null) {
            catchUp(serving.get(), dims);
        }
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

    /**
     * Brings the serving index up to the catalog when a crash left it behind (its journal still lists changes,
     * or it is gone), so that a reader sees every photo the catalog holds. Skipped while another process
     * indexes: that one reconciled the index when it started and keeps it current.
     */
    private void catchUp(String model, int dims) {
        boolean behind = catalog.read(connection -> IndexJournal.count(connection, model)) > 0
                || !Files.isDirectory(home.indexRoot().resolve(model));
        if (!behind || !Files.isWritable(home.root())) {
            return; // a read-only home (a share, a backup disk) is searched as it is
        }
        Optional<IndexingLock> writer = IndexingLock.tryAcquire(home.indexingLock());
        if (writer.isEmpty()) {
            return;
        }
        try (IndexingLock held = writer.get();
                ModelIndex index = ModelIndex.open(catalog, stores, home.indexRoot(), model, dims)) {
            index.reconcile();
        }
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

    /** The albums made by hand; they are kept in the catalog, by content hash. */
    public Albums albums() {
        return new Albums(catalog);
    }

    public Optional<PhotoRow> photo(long photoId) {
        return catalog.read(connection -> PhotoTable.byId(connection, photoId));
    }

    public Optional<PhotoRow> photo(Path file) {
        return catalog.read(connection ->
                PhotoTable.byPath(connection, file.toAbsolutePath().normalize()));
    }

    /** When a video's sampled frames are, in seconds from its start; empty for a photo. */
    public List<Double> frameTimes(String contentHash) {
        return catalog.read(connection -> VideoTable.frameTimes(connection, contentHash));
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

    /**
     * Places a query can name: where photos were taken ("in Lisbon", "Portugal") and folder names ("in Lisbon"
     * also matches a folder "2023 Lisbon", which is how photos without GPS are found).
     */
    public KnownPlaces knownPlaces() {
        List<KnownPlace> places = new ArrayList<>(FolderPlaces.of(roots(), folders()));
        List<PlaceTable.PlaceCount> counts = places();
        if (!counts.isEmpty()) {
            places.addAll(PhotoPlaces.of(counts, ReverseGeocoder.bundled()));
        }
        return KnownPlaces.of(places);
    }

    /** Every city (and country, for photos far from cities) the library's photos were taken in, with counts. */
    public List<PlaceTable.PlaceCount> places() {
        return catalog.read(PlaceTable::counts);
    }

    /** The same places by country, most photos first. */
    public List<CountryPlaces> placesByCountry() {
        return CountryPlaces.of(places());
    }

    /** Where each indexed photo with GPS coordinates was taken, as {latitudes, longitudes}. */
    public double[][] locations() {
        return catalog.read(PlaceTable::locations);
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

    /** Videos and sampled frames catalogued for a model, and how many were sampled only partly. */
    public VideoTable.Counts videoCounts(String modelId) {
        return catalog.read(connection -> VideoTable.counts(connection, modelId));
    }

    /** The files that could not be indexed, most recent first. */
    public List<CatalogCounts.SkippedFile> skippedFiles(int limit) {
        return catalog.read(connection -> CatalogCounts.skipped(connection, limit));
    }

    /** Indexed photo files whose decoder read past damage, with its warning, most recently processed first. */
    public List<DecodeWarningTable.WarnedFile> decodeWarnings(int limit) {
        return catalog.read(connection -> DecodeWarningTable.list(connection, limit));
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
     * for indexing or search reconciles). The index of a model no longer in use is not kept current (changes are
     * journaled for it and replayed when it is used again), so only what differs besides those changes counts.
     */
    public synchronized VerifyReport verify() {
        List<IndexCheck> checks = new ArrayList<>();
        Set<String> inUse = new HashSet<>();
        indexingModel().ifPresent(inUse::add);
        servingModel().ifPresent(inUse::add);
        for (Map.Entry<String, Integer> model :
                catalog.read(CatalogCounts::vectorIndexes).entrySet()) {
            boolean dormant = !inUse.contains(model.getKey());
            ModelIndex open = indexes.get(model.getKey());
            if (open != null) {
                checks.add(dormant ? open.checkDormant() : open.check());
            } else {
                try (ModelIndex index =
                        ModelIndex.openForCheck(catalog, stores, home.indexRoot(), model.getKey(), model.getValue())) {
                    checks.add(dormant ? index.checkDormant() : index.check());
                }
            }
        }
        return new VerifyReport(checks, catalog.read(CatalogCounts::problems));
    }

    /**
     * Rebuilds what is derived and damaged: a model's vector index from the catalog's embeddings, thumbnails
     * from the photos. Holds the indexing lock meanwhile, since it writes the indexes.
     */
    public synchronized RepairReport repair(PhotoDecoding decoder, Consumer<String> progress) {
        refuseWhileIndexing("repair the library");
        indexes.values().forEach(ModelIndex::close);
        indexes.clear();
        IndexingLock held = lock == null ? IndexingLock.acquire(home.indexingLock()) : null;
        try {
            return new LibraryRepair(catalog, stores, home.indexRoot(), thumbnails, progress).run(decoder);
        } finally {
            if (held != null) {
                held.close();
            }
        }
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
