package dev.fovea.search.query.filter;

import dev.fovea.search.index.FileTypes;
import dev.fovea.search.index.FolderPaths;
import dev.fovea.search.index.PhotoFields;
import dev.fovea.search.index.PhotoTextAnalyzer;
import dev.fovea.search.query.place.GeoBox;
import dev.fovea.search.query.place.KnownPlace;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/** Turns {@link SearchFilters} into the Lucene query that the vector search applies while it walks the graph. */
public final class FilterQueries {
    private static final Pattern ABSOLUTE = Pattern.compile("^(/|[A-Za-z]:[\\\\/]|\\\\\\\\).*");
    private static final QueryBuilder WORDS = new QueryBuilder(PhotoTextAnalyzer.forQueries());

    private FilterQueries() {}

    /** The query for {@code filters}, or null when they keep every photo. */
    public static Query toQuery(SearchFilters filters) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (filters.taken() != null) {
            DateRange range = filters.taken();
            long from = range.fromMillis() == null ? Long.MIN_VALUE : range.fromMillis();
            long until = range.untilMillis() == null ? Long.MAX_VALUE : range.untilMillis() - 1;
            all.add(
                    range.isEmpty()
                            ? new MatchNoDocsQuery("empty date range")
                            : LongField.newRangeQuery(PhotoFields.TAKEN, from, until),
                    Occur.FILTER);
        }
        addAnyOf(all, filters.cameras(), FilterQueries::camera);
        addAnyOf(all, filters.folders(), FilterQueries::folder);
        addAnyOf(
                all,
                filters.fileTypes(),
                type -> new TermQuery(new Term(PhotoFields.FILE_TYPE, FileTypes.normalize(type))));
        addAnyOf(all, filters.places(), FilterQueries::place);
        if (filters.orientation() != null) {
            all.add(
                    new TermQuery(new Term(
                            PhotoFields.ORIENTATION, filters.orientation().label())),
                    Occur.FILTER);
        }
        if (filters.hasLocation() != null) {
            Query located = new TermQuery(new Term(PhotoFields.HAS_LOCATION, PhotoFields.YES));
            all.add(located, filters.hasLocation() ? Occur.FILTER : Occur.MUST_NOT);
            if (!filters.hasLocation()) {
                all.add(new MatchAllDocsQuery(), Occur.FILTER);
            }
        }
        if (filters.area() != null) {
            all.add(box(filters.area()), Occur.FILTER);
        }
        if (filters.contentHashes() != null) {
            all.add(contentHashes(filters.contentHashes()), Occur.FILTER);
        }
        if (filters.kind() != null) {
            Query videos = new TermInSetQuery(
                    PhotoFields.FILE_TYPE,
                    FileTypes.videoTypes().stream().map(BytesRef::new).toList());
            all.add(videos, filters.kind() == MediaKind.VIDEO ? Occur.FILTER : Occur.MUST_NOT);
            if (filters.kind() == MediaKind.PHOTO) {
                all.add(new MatchAllDocsQuery(), Occur.FILTER);
            }
        }
        if (filters.duration() != null) {
            all.add(duration(filters.duration()), Occur.FILTER);
        }
        BooleanQuery query = all.build();
        return query.clauses().isEmpty() ? null : query;
    }

    /** Photos have no duration, so any duration range keeps only videos. */
    static Query duration(DurationRange range) {
        if (range.isEmpty()) {
            return new MatchNoDocsQuery("empty duration range");
        }
        long from = range.minSeconds() == null ? 0 : (long) Math.ceil(range.minSeconds() * 1000);
        long to = range.maxSeconds() == null || range.maxSeconds() * 1000 >= Long.MAX_VALUE
                ? Long.MAX_VALUE
                : (long) Math.floor(range.maxSeconds() * 1000);
        return LongField.newRangeQuery(PhotoFields.DURATION_MILLIS, from, to);
    }

    /** The index keeps hashes in lower case; an album may hold hashes written either way. */
    static Query contentHashes(List<String> hashes) {
        if (hashes.isEmpty()) {
            return new MatchNoDocsQuery("no photos in the set");
        }
        List<BytesRef> terms = hashes.stream()
                .map(hash -> new BytesRef(hash.toLowerCase(Locale.ROOT)))
                .toList();
        return new TermInSetQuery(PhotoFields.CONTENT_HASH, terms);
    }

    static Query camera(String words) {
        Query query = WORDS.createBooleanQuery(PhotoFields.CAMERA_TEXT, words, Occur.MUST);
        return query == null ? new MatchNoDocsQuery("no camera words in '" + words + "'") : query;
    }

    static Query folder(String folder) {
        if (ABSOLUTE.matcher(folder).matches()) {
            return new TermQuery(new Term(PhotoFields.FOLDER_ANCESTORS, FolderPaths.normalize(folder)));
        }
        List<String> names = FolderPaths.foldedNames(folder);
        return names.isEmpty()
                ? new MatchNoDocsQuery("no folder name")
                : new TermQuery(new Term(PhotoFields.FOLDER_NAMES, names.getLast()));
    }

    private static Query place(KnownPlace place) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String folder : place.folders()) {
            any.add(new TermQuery(new Term(PhotoFields.FOLDER_ANCESTORS, FolderPaths.normalize(folder))), Occur.SHOULD);
        }
        if (place.area() != null) {
            any.add(box(place.area()), Occur.SHOULD);
        }
        for (String name : place.placeNames()) {
            any.add(new TermQuery(new Term(PhotoFields.PLACE_NAMES, name)), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query box(GeoBox box) {
        return LatLonPoint.newBoxQuery(PhotoFields.LOCATION, box.south(), box.north(), box.west(), box.east());
    }

    private static <T> void addAnyOf(BooleanQuery.Builder all, List<T> values, Function<T, Query> toQuery) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            all.add(toQuery.apply(values.getFirst()), Occur.FILTER);
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(toQuery.apply(value), Occur.SHOULD));
        all.add(any.build(), Occur.FILTER);
    }
}
