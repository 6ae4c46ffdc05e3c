package dev.fovea.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The words read in a picture (receipts, signs, screenshots): split as prose, lower-cased, stemmed for one
 * language or none, then accents folded ("Promoção" and "promocao" meet). Stemming runs before folding because
 * the Portuguese stemmer knows accented endings.
 */
final class ReadTextAnalyzer extends Analyzer {
    enum Stemming {
        NONE,
        ENGLISH,
        PORTUGUESE
    }

    private final Stemming stemming;

    ReadTextAnalyzer(Stemming stemming) {
        this.stemming = stemming;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = switch (stemming) {
            case NONE -> stream;
            case ENGLISH -> new PorterStemFilter(new EnglishPossessiveFilter(stream));
            case PORTUGUESE -> new PortugueseLightStemFilter(stream);
        };
        return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
    }
}
