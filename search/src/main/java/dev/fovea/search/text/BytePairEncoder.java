package dev.fovea.search.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one pre-tokenized word into vocabulary ids by applying merges lowest rank first, exactly as
 * open_clip's {@code SimpleTokenizer.bpe}. Words repeat across queries, so their ids are cached.
 */
final class BytePairEncoder {
    private static final int CACHED_WORDS = 50_000;

    private final BpeVocabulary vocabulary;
    // Maintenance runs on the calling thread: no pool threads for a cache this small.
    private final Cache<String, int[]> cache = Caffeine.newBuilder()
            .maximumSize(CACHED_WORDS)
            .executor(Runnable::run)
            .build();

    BytePairEncoder(BpeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The ids of a word of the byte-level alphabet, or of a special-token string. */
    int[] encode(String word) {
        return cache.get(word, this::encodeUncached);
    }

    private int[] encodeUncached(String word) {
        if (word.equals(BpeVocabulary.START_OF_TEXT)) {
            return new int[] {vocabulary.startToken()};
        }
        if (word.equals(BpeVocabulary.END_OF_TEXT)) {
            return new int[] {vocabulary.endToken()};
        }
        List<String> symbols = merge(word);
        int[] ids = new int[symbols.size()];
        for (int i = 0; i < ids.length; i++) {
            Integer id = vocabulary.ids().get(symbols.get(i));
            if (id == null) {
                throw new IllegalStateException("BPE produced '" + symbols.get(i) + "', which the vocabulary lacks");
            }
            ids[i] = id;
        }
        return ids;
    }

    private List<String> merge(String word) {
        List<String> symbols = new ArrayList<>(word.length());
        for (int i = 0; i < word.length() - 1; i++) {
            symbols.add(String.valueOf(word.charAt(i)));
        }
        symbols.add(word.charAt(word.length() - 1) + BpeVocabulary.END_OF_WORD);
        while (symbols.size() > 1) {
            int bestRank = Integer.MAX_VALUE;
            String first = null;
            String second = null;
            for (int i = 0; i < symbols.size() - 1; i++) {
                Integer rank = vocabulary.mergeRanks().get(BpeVocabulary.mergeKey(symbols.get(i), symbols.get(i + 1)));
                if (rank != null && rank < bestRank) {
                    bestRank = rank;
                    first = symbols.get(i);
                    second = symbols.get(i + 1);
                }
            }
            if (first == null) {
                break;
            }
            List<String> merged = new ArrayList<>(symbols.size());
            for (int i = 0; i < symbols.size(); i++) {
                if (i < symbols.size() - 1
                        && symbols.get(i).equals(first)
                        && symbols.get(i + 1).equals(second)) {
                    merged.add(first + second);
                    i++;
                } else {
                    merged.add(symbols.get(i));
                }
            }
            symbols = merged;
        }
        return symbols;
    }
}
