package dev.fovea.search.index;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.DiversifyingChildrenFloatKnnVectorQuery;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;

/**
 * A point-in-time view of the index. Document numbers it hands out are valid only within it. Not for
 * sharing between threads; close it when done (it pins the files of that point in time).
 */
public final class IndexView implements AutoCloseable {
    private final SearcherManager manager;
    private final IndexSearcher searcher;
    private final IndexSettings settings;
    private final int dimensions;
    /** Reused across the view's reads: a listing of a whole library reads stored fields 100,000 times. */
    private StoredFields storedFields;

    private final BitSetProducer parents;
    /** Live video frames in this view, counted on first use; 0 in a library of photos only. */
    private int frames = -1;

    IndexView(
            SearcherManager manager,
            IndexSearcher searcher,
            IndexSettings settings,
            int dimensions,
            BitSetProducer parents) {
        this.manager = manager;
        this.searcher = searcher;
        this.settings = settings;
        this.dimensions = dimensions;
        this.parents = parents;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public int dimensions() {
        return dimensions;
    }

    /** Photos and videos (not their frames). */
    public int size() {
        return searcher.getIndexReader().numDocs() - frames();
    }

    /** The sampled video frames in the view. */
    public int frames() {
        if (frames < 0) {
            try {
                frames = searcher.count(new FieldExistsQuery(PhotoFields.FRAME_EMBEDDING));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return frames;
    }

    /**
     * The {@code k} photos nearest to {@code query} among those {@code filter} matches (null: all), best first:
     * by the HNSW graph with the filter applied during the walk, or, when a filter keeps few enough photos that
     * comparing them all costs less ({@link #searchesExactly}), exactly.
     */
    public List<VectorHit> nearest(float[] query, int k, Query filter) {
        float[] unit = UnitVectors.normalized(query, dimensions, "The query");
        int kept = kept(filter);
        List<VectorHit> photos = filter != null && settings.searchesExactly(kept, k, size())
                ? exactNearestUnit(unit, k, filter)
                : graphPhotos(unit, k, filter, kept);
        return withVideos(photos, unit, k, filter);
    }

    /** The same as {@link #nearest}, always walking the graph: for measuring what the choice saves. */
    public List<VectorHit> graphNearest(float[] query, int k, Query filter) {
        float[] unit = UnitVectors.normalized(query, dimensions, "The query");
        return withVideos(graphPhotos(unit, k, filter, kept(filter)), unit, k, filter);
    }

    private List<VectorHit> graphPhotos(float[] unit, int k, Query filter, int kept) {
        Query knn = new KnnFloatVectorQuery(PhotoFields.EMBEDDING, unit, settings.candidates(k, kept), filter);
        if (!settings.format().quantized()) {
            return hits(search(knn, k));
        }
        TopDocs candidates = search(knn, k * settings.oversample());
        try {
            return hits(FullPrecisionRescoring.rescore(searcher, candidates, unit, k));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many vectors {@link #nearest} scores for {@code query} under {@code filter} (null: none): the photos the
     * filter keeps when it compares them all, else the nodes the graph walk visits in every segment.
     */
    public long vectorsScored(float[] query, int k, Query filter) {
        int kept = kept(filter);
        if (filter != null && settings.searchesExactly(kept, k, size())) {
            return kept;
        }
        CountingKnnQuery knn = new CountingKnnQuery(
                PhotoFields.EMBEDDING,
                UnitVectors.normalized(query, dimensions, "The query"),
                settings.candidates(k, kept),
                filter);
        search(knn, k);
        return knn.scored();
    }

    /**
     * Adds the videos whose frames are nearest: each video once, as its best frame's document (Lucene's block
     * join), merged with the photos by similarity. A library without videos searches exactly as before.
     */
    private List<VectorHit> withVideos(List<VectorHit> photos, float[] unit, int k, Query filter) {
        if (frames() == 0) {
            return photos;
        }
        Query childFilter = filter == null ? null : new ToChildBlockJoinQuery(parentsOnly(filter), parents);
        Query knn = new DiversifyingChildrenFloatKnnVectorQuery(
                PhotoFields.FRAME_EMBEDDING, unit, childFilter, settings.candidates(k, size()), parents);
        List<VectorHit> merged = new ArrayList<>(photos);
        merged.addAll(hits(search(knn, k)));
        merged.sort(Comparator.comparingDouble(VectorHit::similarity).reversed().thenComparingInt(VectorHit::doc));
        return merged.size() > k ? List.copyOf(merged.subList(0, k)) : merged;
    }

    /** {@code filter} restricted to photo and video documents: negative filters would otherwise match frames. */
    private static Query parentsOnly(Query filter) {
        return new BooleanQuery.Builder()
                .add(filter, BooleanClause.Occur.FILTER)
                .add(PhotoFields.parents(), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * Whether {@link #nearest} compares every photo {@code filter} keeps instead of walking the graph: when the
     * measured cost of comparing that many photos is below that of a filtered walk of this view's graphs
     * ({@link IndexSettings#searchesExactly}).
     */
    public boolean searchesExactly(Query filter, int k) {
        return filter != null && settings.searchesExactly(kept(filter), k, size());
    }

    /** How many photos pass {@code filter} (null: all). Cheap for a term filter, which reads its count. */
    private int kept(Query filter) {
        if (filter == null) {
            return size();
        }
        try {
            return searcher.count(filter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of segments: each has a graph of its own that a search walks. */
    public int segments() {
        return searcher.getIndexReader().leaves().size();
    }

    /** The candidates a graph search gathers under {@code filter} (null: none) in this view. */
    public int fanOut(Query filter) {
        return settings.fanOutFor(kept(filter));
    }

    /** The same as {@link #nearest} by comparing with every vector: slow, exact; the reference for recall. */
    public List<VectorHit> exactNearest(float[] query, int k, Query filter) {
        return exactNearestUnit(UnitVectors.normalized(query, dimensions, "The query"), k, filter);
    }

    private List<VectorHit> exactNearestUnit(float[] unit, int k, Query filter) {
        try {
            return ExactSearch.nearest(searcher, unit, k, filter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TopDocs search(Query query, int n) {
        try {
            return searcher.search(query, Math.max(1, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new FoveaException(
                    "The query is too complex: " + e.getMessage() + ". Use fewer words or filters.", e);
        }
    }

    /** The newest {@code n} photos that {@code filter} matches (null: all); photos without a date come last. */
    public TopDocs newest(Query filter, int n) {
        SortField taken = new SortedNumericSortField(PhotoFields.TAKEN, SortField.Type.LONG, true);
        taken.setMissingValue(Long.MIN_VALUE);
        try {
            Query listed = filter == null ? new MatchAllDocsQuery() : filter;
            return searcher.search(
                    frames() == 0 ? listed : parentsOnly(listed), Math.max(1, n), new Sort(taken, SortField.FIELD_DOC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OptionalInt doc(long photoId) {
        return firstDoc(PhotoFields.idTerm(photoId));
    }

    public OptionalInt docOfPath(String path) {
        return firstDoc(new Term(PhotoFields.PATH, path));
    }

    /** The photo or video id of {@code doc}; of a video frame, its video's. */
    public long photoId(int doc) {
        try {
            LeafReaderContext leaf = leaf(doc);
            int local = doc - leaf.docBase;
            if (frames() > 0 && !isParent(leaf, local)) {
                local = parents.getBitSet(leaf).nextSetBit(local);
            }
            NumericDocValues ids = DocValues.getNumeric(leaf.reader(), PhotoFields.ID_VALUE);
            if (!ids.advanceExact(local)) {
                throw new IllegalStateException("Document " + doc + " has no photo id");
            }
            return ids.longValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the index stores about {@code doc}; of a video frame, its video found at that frame's moment. */
    public StoredPhoto photo(int doc) {
        try {
            if (frames() > 0) {
                LeafReaderContext leaf = leaf(doc);
                int local = doc - leaf.docBase;
                if (!isParent(leaf, local)) {
                    int parent = leaf.docBase + parents.getBitSet(leaf).nextSetBit(local);
                    double seconds = storedFields()
                            .document(doc)
                            .getField(PhotoFields.FRAME_SECONDS)
                            .numericValue()
                            .doubleValue();
                    return PhotoFields.fromLucene(
                                    photoId(parent), storedFields().document(parent))
                            .atMoment(seconds);
                }
            }
            return PhotoFields.fromLucene(photoId(doc), storedFields().document(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The unit vector of the sampled frame of video document {@code videoDoc} nearest to {@code seconds}; empty when
     * the document is not a video with frames.
     */
    public Optional<float[]> frameVector(int videoDoc, double seconds) {
        if (frames() == 0) {
            return Optional.empty();
        }
        try {
            LeafReaderContext leaf = leaf(videoDoc);
            int local = videoDoc - leaf.docBase;
            BitSet bits = parents.getBitSet(leaf);
            if (bits == null || !bits.get(local) || local == 0) {
                return Optional.empty();
            }
            int first = local == 0 ? 0 : bits.prevSetBit(local - 1) + 1;
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int child = first; child < local; child++) {
                double at = storedFields()
                        .document(leaf.docBase + child)
                        .getField(PhotoFields.FRAME_SECONDS)
                        .numericValue()
                        .doubleValue();
                if (Math.abs(at - seconds) < bestDistance) {
                    bestDistance = Math.abs(at - seconds);
                    best = leaf.docBase + child;
                }
            }
            return best < 0 ? Optional.empty() : Optional.of(vectors(new int[] {best}, PhotoFields.FRAME_EMBEDDING)[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isParent(LeafReaderContext leaf, int local) throws IOException {
        BitSet bits = parents.getBitSet(leaf);
        return bits != null && bits.get(local);
    }

    /**
     * The document whose vector stands for {@code doc} and the field it is in: a photo's own, a frame's own, and
     * for a video found otherwise (by name, by id) its last sampled frame, the document just before it.
     */
    private String vectorField(int doc, int[] vectorDoc) throws IOException {
        vectorDoc[0] = doc;
        if (frames() == 0) {
            return PhotoFields.EMBEDDING;
        }
        LeafReaderContext leaf = leaf(doc);
        int local = doc - leaf.docBase;
        if (!isParent(leaf, local)) {
            return PhotoFields.FRAME_EMBEDDING;
        }
        if (local > 0 && !isParent(leaf, local - 1)) {
            vectorDoc[0] = doc - 1;
            return PhotoFields.FRAME_EMBEDDING;
        }
        return PhotoFields.EMBEDDING;
    }

    private StoredFields storedFields() throws IOException {
        if (storedFields == null) {
            storedFields = searcher.storedFields();
        }
        return storedFields;
    }

    /** The stored unit vector of {@code doc}. */
    public float[] vector(int doc) {
        return vectors(new int[] {doc})[0];
    }

    /** The stored unit vectors of {@code docs}, in the same order (of a video: see {@link #vectorField}). */
    public float[][] vectors(int[] docs) {
        if (frames() == 0) {
            return vectors(docs, PhotoFields.EMBEDDING);
        }
        float[][] result = new float[docs.length][];
        try {
            List<Integer> photoSlots = new ArrayList<>();
            List<Integer> frameSlots = new ArrayList<>();
            int[] vectorDocs = new int[docs.length];
            int[] vectorDoc = new int[1];
            for (int i = 0; i < docs.length; i++) {
                String field = vectorField(docs[i], vectorDoc);
                vectorDocs[i] = vectorDoc[0];
                (field.equals(PhotoFields.EMBEDDING) ? photoSlots : frameSlots).add(i);
            }
            for (List<Integer> slots : List.of(photoSlots, frameSlots)) {
                int[] slotDocs = slots.stream().mapToInt(i -> vectorDocs[i]).toArray();
                float[][] read =
                        vectors(slotDocs, slots == photoSlots ? PhotoFields.EMBEDDING : PhotoFields.FRAME_EMBEDDING);
                for (int j = 0; j < read.length; j++) {
                    result[slots.get(j)] = read[j];
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float[][] vectors(int[] docs, String field) {
        float[][] result = new float[docs.length][];
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        try {
            LeafReaderContext leaf = null;
            FloatVectorValues values = null;
            KnnVectorValues.DocIndexIterator iterator = null;
            for (int i : order) {
                int doc = docs[i];
                if (leaf == null
                        || doc >= leaf.docBase + leaf.reader().maxDoc()
                        || doc - leaf.docBase < iterator.docID()) {
                    leaf = leaf(doc);
                    values = leaf.reader().getFloatVectorValues(field);
                    if (values == null) {
                        throw new IllegalStateException("Document " + doc + " has no embedding");
                    }
                    iterator = values.iterator();
                }
                int local = doc - leaf.docBase;
                if (iterator.docID() != local && iterator.advance(local) != local) {
                    throw new IllegalStateException("Document " + doc + " has no embedding");
                }
                result[i] = values.vectorValue(iterator.index()).clone();
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code n} vectors of photos picked uniformly at random; all of them when the library is smaller. */
    public float[][] sampleVectors(int n, Random random) {
        int[] live = liveDocs();
        if (live.length > n) {
            for (int i = 0; i < n; i++) {
                int j = i + random.nextInt(live.length - i);
                int swap = live[i];
                live[i] = live[j];
                live[j] = swap;
            }
            live = Arrays.copyOf(live, n);
        }
        return vectors(live);
    }

    public long[] photoIds() {
        long[] ids = new long[size()];
        try {
            int i = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues values = DocValues.getNumeric(leaf.reader(), PhotoFields.ID_VALUE);
                Bits liveDocs = leaf.reader().getLiveDocs();
                for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (liveDocs == null || liveDocs.get(doc)) {
                        ids[i++] = values.longValue();
                    }
                }
            }
            return i == ids.length ? ids : Arrays.copyOf(ids, i);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document numbers of every photo and video (not frames) in this view. */
    public int[] liveDocs() {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int[] docs = new int[size()];
        int count = 0;
        boolean withFrames = frames() > 0;
        try {
            for (LeafReaderContext leaf : leaves) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                BitSet parentDocs = withFrames ? parents.getBitSet(leaf) : null;
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && (parentDocs == null || parentDocs.get(doc))) {
                        docs[count++] = leaf.docBase + doc;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count == docs.length ? docs : Arrays.copyOf(docs, count);
    }

    private OptionalInt firstDoc(Term term) {
        TopDocs top = search(new TermQuery(term), 1);
        return top.scoreDocs.length == 0 ? OptionalInt.empty() : OptionalInt.of(top.scoreDocs[0].doc);
    }

    private LeafReaderContext leaf(int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    private static List<VectorHit> hits(TopDocs top) {
        List<VectorHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            hits.add(VectorHit.fromLuceneScore(scoreDoc.doc, scoreDoc.score));
        }
        return hits;
    }
}
