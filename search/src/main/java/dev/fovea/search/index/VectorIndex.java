package dev.fovea.search.index;

import dev.fovea.search.FoveaException;
import dev.fovea.search.thread.SearchThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene HNSW index of one model's embeddings, one document per photo keyed by its photo id. It is
 * derived data: the catalog holds every embedding, so a damaged or outdated index is rebuilt from it.
 * Writers and searchers may work at the same time; searches see what was upserted up to about a second ago
 * (committed or not: an app shows photos as they are indexed, not only at the indexer's durable commits).
 * A second process opens it read-only ({@link #openReadOnly}) and sees the writer's commits.
 */
public final class VectorIndex implements AutoCloseable {
    private static final String DIMENSIONS_KEY = "fovea.dimensions";
    private static final String SCHEMA_KEY = "fovea.schema";
    /** How stale a view may be: refreshing costs a little, more so while a writer is busy. */
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final Path path;
    private final int dimensions;
    private final IndexSettings settings;
    private final Directory directory;
    private final IndexWriter writer;
    private final ExecutorService mergeExecutor;
    private final ExecutorService searchExecutor;
    private final SearcherManager searchers;
    /** Cached per segment, so it is built once per segment rather than per search. */
    private final BitSetProducer parents = new QueryBitSetProducer(PhotoFields.parents());

    private volatile long lastRefresh = System.nanoTime();

    private VectorIndex(
            Path path,
            int dimensions,
            IndexSettings settings,
            Directory directory,
            IndexWriter writer,
            ExecutorService mergeExecutor,
            ExecutorService searchExecutor,
            SearcherManager searchers) {
        this.path = path;
        this.dimensions = dimensions;
        this.settings = settings;
        this.directory = directory;
        this.writer = writer;
        this.mergeExecutor = mergeExecutor;
        this.searchExecutor = searchExecutor;
        this.searchers = searchers;
    }

    /** Opens the index in {@code directory} for writing and searching, creating it when absent. */
    public static VectorIndex open(Path directory, int dimensions) {
        return open(directory, dimensions, IndexSettings.DEFAULT);
    }

    public static VectorIndex open(Path path, int dimensions, IndexSettings settings) {
        checkDimensions(dimensions);
        Directory directory = null;
        ExecutorService mergeExecutor =
                settings.mergeWorkers() > 1 ? SearchThreads.hnswMergeWorkers(settings.mergeWorkers()) : null;
        ExecutorService searchExecutor = searchExecutor(settings);
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            boolean exists = DirectoryReader.indexExists(directory);
            if (exists) {
                checkIdentity(path, SegmentInfos.readLatestCommit(directory).getUserData(), dimensions);
            }
            FoveaCodec codec = new FoveaCodec(settings, mergeExecutor);
            FormatConversion conversion =
                    new FormatConversion(Merging.policy(settings.searchThreads()), codec.embeddingFormatName());
            IndexWriterConfig config = new IndexWriterConfig(PhotoTextAnalyzer.perField(true))
                    .setCodec(codec)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setMergePolicy(conversion)
                    .setMergeScheduler(Merging.scheduler())
                    .setRAMBufferSizeMB(settings.ramBufferMb());
            IndexWriter writer = new IndexWriter(directory, config);
            if (!exists) {
                writer.setLiveCommitData(identity(dimensions).entrySet());
                writer.commit();
            }
            SearcherManager searchers = new SearcherManager(writer, searcherFactory(searchExecutor));
            if (exists) {
                try (DirectoryReader reader = DirectoryReader.open(writer)) {
                    conversion.start(writer, reader);
                }
            }
            return new VectorIndex(
                    path, dimensions, settings, directory, writer, mergeExecutor, searchExecutor, searchers);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory, mergeExecutor, searchExecutor);
            throw new FoveaException(
                    "Another Fovea process is updating the vector index at " + path
                            + ". Close the other Fovea (app or 'fovea index --watch') and try again.",
                    e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory, mergeExecutor, searchExecutor);
            throw failure(path, e);
        }
    }

    /** Opens an existing index for searching only, e.g. while another process indexes into it. */
    public static VectorIndex openReadOnly(Path path, int dimensions) {
        return openReadOnly(path, dimensions, IndexSettings.DEFAULT);
    }

    /** The same, searching with {@code settings}' fan-out and oversampling. */
    public static VectorIndex openReadOnly(Path path, int dimensions, IndexSettings settings) {
        checkDimensions(dimensions);
        Directory directory = null;
        ExecutorService searchExecutor = searchExecutor(settings);
        try {
            if (!Files.isDirectory(path)) {
                throw new FoveaException(
                        "There is no vector index at " + path + " yet. Index some photos first: fovea index PATH...");
            }
            directory = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(directory)) {
                throw new FoveaException(
                        "There is no vector index at " + path + " yet. Index some photos first: fovea index PATH...");
            }
            checkIdentity(path, SegmentInfos.readLatestCommit(directory).getUserData(), dimensions);
            return new VectorIndex(
                    path,
                    dimensions,
                    settings,
                    directory,
                    null,
                    null,
                    searchExecutor,
                    new SearcherManager(directory, searcherFactory(searchExecutor)));
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory, null, searchExecutor);
            throw failure(path, e);
        }
    }

    public Path path() {
        return path;
    }

    public int dimensions() {
        return dimensions;
    }

    public IndexSettings settings() {
        return settings;
    }

    /**
     * Adds the photo, or replaces the document of the same photo id. A video is written as one block: its frames,
     * then the video's own document, replacing its previous block.
     */
    public void upsert(PhotoDocument document) {
        StoredPhoto photo = document.photo();
        try {
            if (document.frames().isEmpty()) {
                float[] unit = UnitVectors.normalized(document.embedding(), dimensions, "Photo " + photo.path());
                writable()
                        .updateDocument(
                                PhotoFields.idTerm(photo.photoId()),
                                PhotoFields.toLucene(photo, unit, document.text(), null));
                return;
            }
            List<Document> block = new ArrayList<>(document.frames().size() + 1);
            for (FrameVector frame : document.frames()) {
                float[] unit = UnitVectors.normalized(
                        frame.embedding(), dimensions, "Video " + photo.path() + " at " + frame.seconds() + " s");
                block.add(PhotoFields.frameToLucene(photo.photoId(), frame.seconds(), unit));
            }
            block.add(PhotoFields.toLucene(photo, null, document.text(), document.durationSeconds()));
            IndexWriter writer = writable();
            writer.deleteDocuments(PhotoFields.frameOfTerm(photo.photoId()));
            writer.updateDocuments(PhotoFields.idTerm(photo.photoId()), block);
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    public void delete(long photoId) {
        try {
            writable().deleteDocuments(PhotoFields.idTerm(photoId), PhotoFields.frameOfTerm(photoId));
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    /** Makes everything upserted and deleted so far durable and visible to searches. */
    public void commit() {
        try {
            IndexWriter writer = writable();
            writer.setLiveCommitData(identity(dimensions).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    /** Merges the index into one segment, where searches are fastest: after a bulk load, not during indexing. */
    public void forceMerge() {
        try {
            writable().forceMerge(1);
            commit();
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    /** The photo ids in the index, including uncommitted changes: for reconciliation with the catalog. */
    public long[] photoIds() {
        refreshNow();
        try (IndexView view = view()) {
            return view.photoIds();
        }
    }

    /** The number of photos in the index, including uncommitted changes. */
    public int size() {
        refreshNow();
        try (IndexView view = view()) {
            return view.size();
        }
    }

    /** The bytes the index takes on disk. */
    public long diskBytes() {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** A consistent point-in-time view to search; close it promptly (try-with-resources). */
    public IndexView view() {
        try {
            if (System.nanoTime() - lastRefresh > REFRESH_NANOS) {
                searchers.maybeRefresh();
                lastRefresh = System.nanoTime();
            }
            return new IndexView(searchers, searchers.acquire(), settings, dimensions, parents);
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw writeFailure(e);
        } finally {
            if (mergeExecutor != null) {
                mergeExecutor.shutdownNow();
            }
            if (searchExecutor != null) {
                searchExecutor.shutdownNow();
            }
        }
    }

    private void refreshNow() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("The vector index at " + path + " was opened read-only");
        }
        return writer;
    }

    private FoveaException writeFailure(IOException e) {
        return new FoveaException(
                "Cannot write to the vector index at " + path + ": " + e.getMessage()
                        + ". Check free disk space and permissions.",
                e);
    }

    private static FoveaException failure(Path path, Exception e) {
        if (e instanceof FoveaException expected) {
            return expected;
        }
        if (e instanceof CorruptIndexException
                || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException) {
            return new FoveaException(
                    "The vector index at " + path + " is damaged or from another version (" + e.getMessage()
                            + "). Delete that folder; 'fovea index' rebuilds it from the catalog.",
                    e);
        }
        return new FoveaException("Cannot open the vector index at " + path + ": " + e.getMessage(), e);
    }

    private static void checkDimensions(int dimensions) {
        if (dimensions < 1 || dimensions > 4096) {
            throw new IllegalArgumentException("Embedding dimensions out of range: " + dimensions);
        }
    }

    private static void checkIdentity(Path path, Map<String, String> userData, int dimensions) {
        String schema = userData.get(SCHEMA_KEY);
        if (schema != null && !schema.equals(Integer.toString(PhotoFields.SCHEMA_VERSION))) {
            throw new FoveaException("The vector index at " + path + " was written by another version of Fovea (schema "
                    + schema + ", this version uses " + PhotoFields.SCHEMA_VERSION
                    + "). Delete that folder; 'fovea index' rebuilds it from the catalog.");
        }
        String stored = userData.get(DIMENSIONS_KEY);
        if (stored != null && !stored.equals(Integer.toString(dimensions))) {
            throw new FoveaException("The vector index at " + path + " holds " + stored
                    + "-dimensional embeddings of another model, not " + dimensions
                    + ". Use that model's index, or delete the folder to re-index with this model.");
        }
    }

    private static Map<String, String> identity(int dimensions) {
        Map<String, String> data = new HashMap<>();
        data.put(DIMENSIONS_KEY, Integer.toString(dimensions));
        data.put(SCHEMA_KEY, Integer.toString(PhotoFields.SCHEMA_VERSION));
        return data;
    }

    /**
     * Threads that search the segments of one query at once; the searching thread takes a share itself, so one
     * fewer are started. Null with a single search thread: Lucene then searches on the caller's thread.
     */
    private static ExecutorService searchExecutor(IndexSettings settings) {
        return settings.searchThreads() < 2 ? null : SearchThreads.segmentSearchers(settings.searchThreads() - 1);
    }

    private static SearcherFactory searcherFactory(ExecutorService searchExecutor) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new IndexSearcher(reader, searchExecutor);
            }
        };
    }

    private static void closeQuietly(Directory directory, ExecutorService... executors) {
        for (ExecutorService executor : executors) {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // The open already failed; that failure is the one to report.
            }
        }
    }
}
