package dev.fovea.search.text;

import java.util.Map;

/**
 * A byte-level BPE vocabulary: the id of every token and the rank of every merge.
 *
 * @param ids token (alphabet characters, a word's last symbol ending in {@code </w>}) to id
 * @param mergeRanks {@code "first second"} to its rank; lower ranks merge first
 */
record BpeVocabulary(Map<String, Integer> ids, Map<String, Integer> mergeRanks, int startToken, int endToken) {

    static final String END_OF_WORD = "</w>";
    /** How open_clip spells the special tokens; typed in a query, they are the special tokens. */
    static final String START_OF_TEXT = "<start_of_text>";

    static final String END_OF_TEXT = "<end_of_text>";

    BpeVocabulary {
        ids = Map.copyOf(ids);
        mergeRanks = Map.copyOf(mergeRanks);
    }

    static String mergeKey(String first, String second) {
        return first + ' ' + second;
    }
}
