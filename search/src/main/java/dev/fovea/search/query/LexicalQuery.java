package dev.fovea.search.query;

import dev.fovea.search.index.PhotoFields;
import dev.fovea.search.index.PhotoTextAnalyzer;
import dev.fovea.search.query.parse.ParsedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.QueryBuilder;

/**
 * The BM25 side of a search: the query's words and quoted phrases against file names, folder names,
 * camera and lens names, the names of the places photos were taken in, and the words read in the pictures (a
 * quoted phrase only as read, unstemmed). A word only counts when it picks out photos: one that no name has, or that half
 * the library's names have ("photos", "img"), says nothing and is left out, as is a lone letter or digit.
 */
final class LexicalQuery {
    /** Lucene's default clause limit is 1024; a pasted essay must not reach it. */
    private static final int MAX_WORDS = 32;

    private static final Map<String, MatchReason.Kind> FIELDS = Map.of(
            PhotoFields.NAME_TEXT, MatchReason.Kind.FILE_NAME,
            PhotoFields.FOLDER_TEXT, MatchReason.Kind.FOLDER_NAME,
            PhotoFields.CAMERA_TEXT, MatchReason.Kind.CAMERA,
            PhotoFields.LENS_TEXT, MatchReason.Kind.LENS,
            PhotoFields.PLACE_TEXT, MatchReason.Kind.PLACE,
            PhotoFields.PHOTO_TEXT, MatchReason.Kind.PHOTO_TEXT,
            PhotoFields.PHOTO_TEXT_EN, MatchReason.Kind.PHOTO_TEXT,
            PhotoFields.PHOTO_TEXT_PT, MatchReason.Kind.PHOTO_TEXT);
    /** Stemmed forms of the read words; a quoted phrase must match the words as read. */
    private static final Set<String> STEMMED = Set.of(PhotoFields.PHOTO_TEXT_EN, PhotoFields.PHOTO_TEXT_PT);

    private static final QueryBuilder BUILDER = new QueryBuilder(PhotoTextAnalyzer.perField(false));

    private final Query query;
    private Weight weight;

    private LexicalQuery(Query query) {
        this.query = query;
    }

    /** The lexical query, or empty when no word of the query picks out photos by name. */
    static Optional<LexicalQuery> build(ParsedQuery parsed, IndexSearcher searcher, Query filter) {
        int library = searcher.getIndexReader().numDocs();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int used = 0;
        for (String word :
                parsed.lexicalWords().stream().distinct().limit(MAX_WORDS).toList()) {
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT)) || lone(word)) {
                continue;
            }
            Optional<Query> any = anyField(word, false);
            if (any.isPresent() && picksOut(searcher, any.get(), library)) {
                words.add(any.get(), Occur.SHOULD);
                used++;
            }
        }
        for (String phrase :
                parsed.lexicalPhrases().stream().distinct().limit(MAX_WORDS).toList()) {
            Optional<Query> any = anyField(phrase, true);
            if (any.isPresent() && count(searcher, any.get()) > 0) {
                words.add(any.get(), Occur.SHOULD);
                used++;
            }
        }
        if (used == 0) {
            return Optional.empty();
        }
        BooleanQuery.Builder lexical = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        for (String excluded :
                parsed.excludedWords().stream().distinct().limit(MAX_WORDS).toList()) {
            anyField(excluded, false).ifPresent(query -> lexical.add(query, Occur.MUST_NOT));
        }
        if (filter != null) {
            lexical.add(filter, Occur.FILTER);
        }
        return Optional.of(new LexicalQuery(lexical.build()));
    }

    Query query() {
        return query;
    }

    /** Which names of {@code doc} matched, e.g. folder name "lisbon". */
    List<MatchReason> reasons(IndexSearcher searcher, int doc) {
        List<MatchReason> reasons = new ArrayList<>();
        try {
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Matches matches = weight.matches(leaf, doc - leaf.docBase);
            if (matches == null) {
                return reasons;
            }
            String readText = null;
            List<String> seen = new ArrayList<>();
            for (String field : matches) {
                MatchReason.Kind kind = FIELDS.get(field);
                MatchesIterator iterator = matches.getMatches(field);
                if (kind == null || iterator == null) {
                    continue;
                }
                while (iterator.next()) {
                    String matched;
                    if (kind == MatchReason.Kind.PHOTO_TEXT) {
                        if (readText == null) {
                            readText = searcher.storedFields()
                                    .document(doc, Set.of(PhotoFields.PHOTO_TEXT))
                                    .get(PhotoFields.PHOTO_TEXT);
                        }
                        // The words as they were read, not their stems.
                        matched = readText.substring(iterator.startOffset(), iterator.endOffset());
                    } else {
                        matched = iterator.getQuery() instanceof TermQuery term
                                ? term.getTerm().text()
                                : field;
                    }
                    if (!seen.contains(kind + matched)) {
                        seen.add(kind + matched);
                        reasons.add(new MatchReason(kind, matched));
                    }
                }
            }
            return reasons;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A single Latin letter or digit, the start of a word being typed: as a name it matches only the parts names are
     * split into ("t" of "X-T30", "m" of "ILCE-7M3"), a quarter of a library's photos by accident of its cameras.
     */
    private static boolean lone(String word) {
        return word.length() == 1 && word.charAt(0) < 128 && Character.isLetterOrDigit(word.charAt(0));
    }

    private static Optional<Query> anyField(String text, boolean phrase) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int fields = 0;
        for (String field : FIELDS.keySet()) {
            if (phrase && STEMMED.contains(field)) {
                continue;
            }
            Query query = phrase
                    ? BUILDER.createPhraseQuery(field, text)
                    : BUILDER.createBooleanQuery(field, text, Occur.MUST);
            if (query != null) {
                any.add(query, Occur.SHOULD);
                fields++;
            }
        }
        return fields == 0 ? Optional.empty() : Optional.of(any.build());
    }

    private static boolean picksOut(IndexSearcher searcher, Query query, int library) {
        int count = count(searcher, query);
        return count > 0 && (library <= 2 || count <= library / 2);
    }

    private static int count(IndexSearcher searcher, Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
