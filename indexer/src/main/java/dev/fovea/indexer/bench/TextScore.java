package dev.fovea.indexer.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How well a reading matches the truth: the character error rate (edit distance over the truth's length, on
 * the words joined by single spaces), word recall (truth words found, ignoring case), and word recall as search
 * sees it (accents folded too: "preco" read for "preço" still finds the photo).
 */
public record TextScore(
        int truthChars, int edits, int truthWords, int wordsFound, int wordsFoundFolded, int wordsRead) {

    public static TextScore of(List<String> truth, List<String> read) {
        String expected = normal(String.join(" ", truth));
        String actual = normal(String.join(" ", read));
        return new TextScore(
                expected.length(),
                distance(expected, actual),
                truth.size(),
                found(truth, read, TextScore::normal),
                found(truth, read, TextScore::folded),
                read.size());
    }

    public static TextScore none() {
        return new TextScore(0, 0, 0, 0, 0, 0);
    }

    private static int found(List<String> truth, List<String> read, UnaryOperator<String> form) {
        List<String> remaining = new ArrayList<>(read.stream().map(form).toList());
        int found = 0;
        for (String word : truth) {
            if (remaining.remove(form.apply(word))) {
                found++;
            }
        }
        return found;
    }

    public TextScore plus(TextScore other) {
        return new TextScore(
                truthChars + other.truthChars,
                edits + other.edits,
                truthWords + other.truthWords,
                wordsFound + other.wordsFound,
                wordsFoundFolded + other.wordsFoundFolded,
                wordsRead + other.wordsRead);
    }

    public double characterErrorRate() {
        return truthChars == 0 ? 0 : (double) edits / truthChars;
    }

    public double wordRecall() {
        return truthWords == 0 ? 1 : (double) wordsFound / truthWords;
    }

    public double wordRecallFolded() {
        return truthWords == 0 ? 1 : (double) wordsFoundFolded / truthWords;
    }

    private static String folded(String text) {
        return Normalizer.normalize(normal(text), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance over code units (no library of ours has one; two rows suffice). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
