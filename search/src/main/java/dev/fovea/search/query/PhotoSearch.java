package dev.fovea.search.query;

import dev.fovea.search.FoveaException;
import dev.fovea.search.index.IndexView;
import dev.fovea.search.index.VectorHit;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.query.duplicates.NearDuplicates;
import dev.fovea.search.query.duplicates.RankedGroups;
import dev.fovea.search.query.filter.FilterQueries;
import dev.fovea.search.query.filter.FilterWarnings;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.query.parse.ParsedQuery;
import dev.fovea.search.query.parse.QueryParser;
import dev.fovea.search.query.parse.QueryTerm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Searching the library: text, image and combined queries with filters, lexical matches on names fused
 * with the vector ranking, a per-query relevance cut, and near-duplicates collapsed. Thread-safe; the CLI
 * and the app each hold one per open index.
 */
public final class PhotoSearch {
    /** A fixed seed keeps the relevance cut of a query stable from one search to the next. */
    private static final long SAMPLE_SEED = 0x5EED;
    /** Candidates gathered per wanted result, so that collapsing duplicates still fills the page. */
    private static final int COLLAPSE_HEADROOM = 2;

    private final VectorIndex index;
    private final QueryParser parser;
    private final QueryVectors vectors;
    private final AtomicReference<LibrarySample> sample = new AtomicReference<>();

    public PhotoSearch(VectorIndex index, QueryEncoder encoder, QueryParser parser) {
        this.index = index;
        this.parser = parser;
        this.vectors = new QueryVectors(new TextEmbeddingCache(encoder));
    }

    /** How a text would be read, without searching: for showing filter chips while typing. */
    public ParsedQuery parse(String text) {
        return parser.parse(text);
    }

    /** The same, with the phrases the user asked to keep as words ({@link SearchRequest#keptAsText()}). */
    public ParsedQuery parse(String text, Set<String> keptAsText) {
        SearchStages stages = new SearchStages(text);
        stages.start("parse");
        try {
            return parser.parse(text, keptAsText);
        } finally {
            stages.end();
        }
    }

    /** A search from the box; an empty one lists the photos that pass the filters, newest first. */
    public SearchResults search(SearchRequest request) {
        return search(parse(request.text(), request.keptAsText()), request);
    }

    /** The same for a text already read with {@link #parse(String, Set)}, so a caller that looked at it parses once. */
    public SearchResults search(ParsedQuery parsed, SearchRequest request) {
        return search(parsed, request, () -> false);
    }

    /**
     * The same, stopping with a {@link CancellationException} once {@code abandoned} says nobody waits for the answer
     * any more (the user typed on): checked between the search's stages and for every candidate it reads.
     */
    public SearchResults search(ParsedQuery parsed, SearchRequest request, BooleanSupplier abandoned) {
        return run(parsed, request, null, vector -> true, abandoned);
    }

    /** Photos like the library photo {@code photoId}; the photo itself comes first. */
    public SearchResults similarTo(long photoId, SearchFilters filters, int limit) {
        return run(
                single(QueryTerm.Kind.PHOTO, Long.toString(photoId)),
                similarRequest(filters, limit),
                null,
                vector -> true,
                () -> false);
    }

    /** Photos like an image file, in the library or not. */
    public SearchResults similarTo(Path image, SearchFilters filters, int limit) {
        return run(
                single(QueryTerm.Kind.IMAGE, image.toString()),
                similarRequest(filters, limit),
                null,
                vector -> true,
                () -> false);
    }

    /** Photos and videos like the frame of a library video nearest to {@code seconds}; that video comes first. */
    public SearchResults similarToMoment(Path video, double seconds, SearchFilters filters, int limit) {
        float[] frame;
        try (IndexView view = index.view()) {
            int doc = view.docOfPath(video.toString())
                    .orElseThrow(() -> new FoveaException(video
                            + " is not an indexed video of the library. Index its folder first (fovea index FOLDER)."));
            frame = view.frameVector(doc, seconds)
                    .orElseThrow(() -> new FoveaException(video + " has no sampled frames: it is not a video."));
        }
        String label = video.getFileName() + " at " + Moments.clock(seconds);
        return nearVector(label, frame, vector -> true, filters, limit);
    }

    /**
     * Photos near a given unit vector that also satisfy {@code belongs} (e.g. a zero-shot category's
     * classifier); those near but not belonging count as below the cut.
     */
    public SearchResults nearVector(
            String label, float[] unitVector, Predicate<float[]> belongs, SearchFilters filters, int limit) {
        ParsedQuery parsed = new ParsedQuery(
                label, label, List.of(), SearchFilters.NONE, List.of(), List.of(), List.of(), List.of(), List.of());
        return run(parsed, similarRequest(filters, limit), unitVector, belongs, () -> false);
    }

    private SearchResults run(
            ParsedQuery parsed,
            SearchRequest request,
            float[] givenVector,
            Predicate<float[]> belongs,
            BooleanSupplier abandoned) {
        Runnable checkpoint = () -> {
            if (abandoned.getAsBoolean()) {
                throw new CancellationException("A newer search replaced this one");
            }
        };
        SearchStages stages = new SearchStages(parsed.text());
        stages.start("filters");
        SearchFilters filters = parsed.filters().and(request.filters());
        Query filter = FilterQueries.toQuery(filters);
        try (IndexView view = index.view()) {
            stages.start("embed");
            if (view.size() == 0) {
                return new SearchResults(
                        parsed,
                        List.of(),
                        0,
                        false,
                        Float.NEGATIVE_INFINITY,
                        List.of("The library has no photos yet; index a folder first."));
            }
            // Drawn only when a query needs it: a plain listing (nothing typed) has no relevance to cut.
            float[] query = givenVector != null
                    ? givenVector
                    : vectors.combine(
                            parsed.terms(),
                            request.moreLike(),
                            request.lessLike(),
                            view,
                            () -> sample(view).centroid(view.dimensions()));
            checkpoint.run();
            int candidates = Math.min(
                    SearchRequest.MAX_LIMIT, request.limit() * (request.collapseDuplicates() ? COLLAPSE_HEADROOM : 1));
            stages.start("lexical query");
            Optional<LexicalQuery> lexical = LexicalQuery.build(parsed, view.searcher(), filter);
            if (query == null && lexical.isEmpty()) {
                stages.start("newest");
                return newest(view, parsed, filter, filters, request.limit(), checkpoint);
            }
            stages.start("cut");
            float cutoff = query == null
                    ? Float.POSITIVE_INFINITY
                    : RelevanceCutoff.place(sample(view).scores(query));
            checkpoint.run();
            stages.start("nearest");
            List<VectorHit> semantic = query == null ? List.of() : view.nearest(query, candidates, filter);
            checkpoint.run();
            stages.start("by name");
            int[] byName = lexical.map(l -> docs(view.search(l.query(), candidates).scoreDocs))
                    .orElse(new int[0]);
            checkpoint.run();
            stages.start("rank");
            List<Candidate> ranking = Candidate.rank(semantic, byName, query, cutoff, view, belongs);
            // Groups are worked out only as far down the ranking as the results reach.
            stages.start("groups");
            RankedGroups groups = request.collapseDuplicates()
                    ? new RankedGroups(
                            ranking.stream().map(Candidate::vector).toArray(float[][]::new),
                            NearDuplicates.DEFAULT_THRESHOLD,
                            checkpoint)
                    : null;
            List<Integer> shown = new ArrayList<>();
            int relevant = 0;
            boolean more = false;
            for (int i = 0; i < ranking.size() && shown.size() < request.limit(); i++) {
                if (groups != null && !groups.leads(i)) {
                    continue;
                }
                Candidate candidate = ranking.get(i);
                if (!candidate.relevant() && !request.includeBelowCut()) {
                    more = true;
                    break;
                }
                relevant += candidate.relevant() ? 1 : 0;
                shown.add(i);
            }
            stages.start("hits");
            List<SearchHit> hits = new ArrayList<>(shown.size());
            for (int i : shown) {
                checkpoint.run();
                hits.add(hit(view, ranking, i, groups, lexical));
            }
            stages.start("warnings");
            List<String> warnings =
                    hits.isEmpty() && !more ? FilterWarnings.explain(view.searcher(), filters) : List.of();
            return new SearchResults(parsed, hits, relevant, more, cutoff, warnings);
        } finally {
            stages.end();
        }
    }

    private SearchHit hit(
            IndexView view, List<Candidate> ranking, int i, RankedGroups groups, Optional<LexicalQuery> lexical) {
        Candidate candidate = ranking.get(i);
        List<MatchReason> reasons = new ArrayList<>();
        if (candidate.aboveCut()) {
            reasons.add(new MatchReason(
                    MatchReason.Kind.LOOKS_LIKE, String.format(Locale.ROOT, "%.3f", candidate.similarity())));
        }
        if (candidate.byName()) {
            reasons.addAll(lexical.orElseThrow().reasons(view.searcher(), candidate.doc()));
        }
        List<SearchHit> duplicates = new ArrayList<>();
        if (groups != null) {
            for (int j : groups.membersOf(i)) {
                Candidate member = ranking.get(j);
                duplicates.add(new SearchHit(
                        view.photo(member.doc()), member.similarity(), member.relevant(), List.of(), List.of()));
            }
        }
        return new SearchHit(
                view.photo(candidate.doc()), candidate.similarity(), candidate.relevant(), reasons, duplicates);
    }

    /** Without anything to compare with, the photos that pass the filters (all of them without filters), newest first. */
    private static SearchResults newest(
            IndexView view, ParsedQuery parsed, Query filter, SearchFilters filters, int limit, Runnable checkpoint) {
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : view.newest(filter, limit).scoreDocs) {
            checkpoint.run();
            hits.add(new SearchHit(
                    view.photo(scoreDoc.doc),
                    Float.NaN,
                    true,
                    List.of(new MatchReason(MatchReason.Kind.FILTERS, "")),
                    List.of()));
        }
        List<String> warnings = hits.isEmpty() ? FilterWarnings.explain(view.searcher(), filters) : List.of();
        return new SearchResults(parsed, hits, hits.size(), false, Float.NEGATIVE_INFINITY, warnings);
    }

    private LibrarySample sample(IndexView view) {
        LibrarySample current = sample.get();
        if (current == null || current.staleFor(view.size())) {
            current = LibrarySample.draw(view, LibrarySample.SIZE, SAMPLE_SEED);
            sample.set(current);
        }
        return current;
    }

    private static ParsedQuery single(QueryTerm.Kind kind, String value) {
        String text = kind.name().toLowerCase(Locale.ROOT) + ":" + value;
        return new ParsedQuery(
                text,
                "",
                List.of(new QueryTerm(kind, value, 1f)),
                SearchFilters.NONE,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static SearchRequest similarRequest(SearchFilters filters, int limit) {
        return SearchRequest.of("").withFilters(filters).withLimit(limit);
    }

    private static int[] docs(ScoreDoc[] scoreDocs) {
        int[] docs = new int[scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = scoreDocs[i].doc;
        }
        return docs;
    }
}
