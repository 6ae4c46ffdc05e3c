package dev.fovea.search.text;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CLIP's tokenizer, id for id as open_clip 3.3.0's {@code SimpleTokenizer}: {@link TextCleaner cleaned}
 * text is split into words (runs of letters, single digits, runs of other symbols, English contractions,
 * the special-token strings), each word's UTF-8 bytes are byte-pair encoded, and the ids are framed by the
 * start and end tokens, truncated to the context length with the end token kept last, and padded with 0.
 * Thread-safe.
 */
public final class ClipTokenizer {
    /** What every CLIP text tower was trained with. */
    public static final int CONTEXT_LENGTH = 77;

    /**
     * open_clip's pre-tokenizer regex, matched case-insensitively as there. U+0345 is excluded from "other
     * symbols" because Python's regex module compares it case-insensitively with ι, a letter, so the
     * pattern skips it like whitespace.
     */
    private static final Pattern WORDS = Pattern.compile(
            Pattern.quote(BpeVocabulary.START_OF_TEXT) + "|" + Pattern.quote(BpeVocabulary.END_OF_TEXT)
                    + "|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\p{IsWhite_Space}\\p{L}\\p{N}\\u0345]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final BpeVocabulary vocabulary;
    private final BytePairEncoder encoder;

    private ClipTokenizer(BpeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.encoder = new BytePairEncoder(vocabulary);
    }

    /**
     * Loads OpenAI's merges list ({@code .txt.gz} or {@code .txt}) or a Hugging Face {@code tokenizer.json}.
     *
     * @throws dev.fovea.search.FoveaException naming the file when it cannot be read or is not a CLIP vocabulary
     */
    public static ClipTokenizer load(Path vocabulary) {
        return new ClipTokenizer(VocabularyReader.read(vocabulary));
    }

    public int contextLength() {
        return CONTEXT_LENGTH;
    }

    public int startToken() {
        return vocabulary.startToken();
    }

    public int endToken() {
        return vocabulary.endToken();
    }

    /** Exactly {@link #contextLength()} ids: start, the text's tokens, end, then 0 up to the length. */
    public int[] encode(String text) {
        int[] ids = new int[CONTEXT_LENGTH];
        ids[0] = vocabulary.startToken();
        int length = 1;
        Matcher words = WORDS.matcher(TextCleaner.clean(text));
        while (length < CONTEXT_LENGTH && words.find()) {
            int[] word = encoder.encode(ByteLevelAlphabet.encode(words.group()));
            int copied = Math.min(word.length, CONTEXT_LENGTH - length);
            System.arraycopy(word, 0, ids, length, copied);
            length += copied;
        }
        ids[Math.min(length, CONTEXT_LENGTH - 1)] = vocabulary.endToken();
        return ids;
    }

    @Override
    public String toString() {
        return "ClipTokenizer[" + vocabulary.ids().size() + " tokens, start " + startToken() + ", end " + endToken()
                + ", context " + CONTEXT_LENGTH + "]";
    }
}
