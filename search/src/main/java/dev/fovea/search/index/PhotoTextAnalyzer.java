package dev.fovea.search.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
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

    /**
     * Every field's analysis: names as above, the words read in pictures as {@link ReadTextAnalyzer} does
     * them. Indexing and querying must use the same one.
     */
    public static Analyzer perField(boolean forIndexing) {
        return new PerFieldAnalyzerWrapper(
                forIndexing ? forIndexing() : forQueries(),
                Map.of(
                        PhotoFields.PHOTO_TEXT, new ReadTextAnalyzer(ReadTextAnalyzer.Stemming.NONE),
                        PhotoFields.PHOTO_TEXT_EN, new ReadTextAnalyzer(ReadTextAnalyzer.Stemming.ENGLISH),
                        PhotoFields.PHOTO_TEXT_PT, new ReadTextAnalyzer(ReadTextAnalyzer.Stemming.PORTUGUESE)));
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
