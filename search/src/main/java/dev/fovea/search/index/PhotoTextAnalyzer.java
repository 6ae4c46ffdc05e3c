package dev.fovea.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words of file names, folder names and camera names: "IMG_2041.HEIC" gives img, 2041, heic;
 * "BeachDay" gives beachday, beach, day; "São Paulo" gives sao, paulo. The same analysis runs on the
 * words of a query, so what a user types matches how the names were written.
 */
public final class PhotoTextAnalyzer extends Analyzer {
    private static final int WORD_PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    private final boolean forIndexing;

    private PhotoTextAnalyzer(boolean forIndexing) {
        this.forIndexing = forIndexing;
    }

    public static PhotoTextAnalyzer forIndexing() {
        return new PhotoTextAnalyzer(true);
    }

    public static PhotoTextAnalyzer forQueries() {
        return new PhotoTextAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new WordDelimiterGraphFilter(tokenizer, WORD_PARTS, null);
        if (forIndexing) {
            stream = new FlattenGraphFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
