package dev.fovea.search.query.filter;

import dev.fovea.search.index.FileTypes;
import dev.fovea.search.index.PhotoFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/** Explains an empty result: which filter value no photo in the library has. */
public final class FilterWarnings {
    private FilterWarnings() {}

    public static List<String> explain(IndexSearcher searcher, SearchFilters filters) {
        List<String> warnings = new ArrayList<>();
        for (String camera : filters.cameras()) {
            if (count(searcher, FilterQueries.camera(camera)) == 0) {
                warnings.add("No photo in the library was taken with a camera matching '" + camera + "'.");
            }
        }
        for (String folder : filters.folders()) {
            if (count(searcher, FilterQueries.folder(folder)) == 0) {
                warnings.add("No photo in the library is in a folder '" + folder + "'.");
            }
        }
        for (String type : filters.fileTypes()) {
            String normalized = FileTypes.normalize(type);
            if (docFreq(searcher, new Term(PhotoFields.FILE_TYPE, normalized)) == 0) {
                warnings.add("No photo in the library is of type '" + type + "'; it has "
                        + String.join(", ", fileTypes(searcher)) + ".");
            }
        }
        if (filters.taken() != null && filters.taken().isEmpty()) {
            warnings.add("No photo can be from " + filters.taken().label() + ".");
        }
        if (warnings.isEmpty() && !filters.isEmpty()) {
            warnings.add("No photo in the library passes all the filters together.");
        }
        return warnings;
    }

    private static List<String> fileTypes(IndexSearcher searcher) {
        TreeSet<String> types = new TreeSet<>();
        try {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), PhotoFields.FILE_TYPE);
            if (terms != null) {
                TermsEnum iterator = terms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    types.add(term.utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types.isEmpty() ? List.of("none") : List.copyOf(types);
    }

    private static int count(IndexSearcher searcher, Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int docFreq(IndexSearcher searcher, Term term) {
        try {
            return searcher.getIndexReader().docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
