package dev.fovea.indexer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words read in one photo, in reading order. */
public record RecognisedText(List<RecognisedWord> words) {
    public static final RecognisedText NONE = new RecognisedText(List.of());

    public RecognisedText {
        words = List.copyOf(words);
    }

    /** The words as text: a space between words, a line break between lines. */
    public String text() {
        StringBuilder text = new StringBuilder();
        int line = -1;
        for (RecognisedWord word : words) {
            if (!text.isEmpty()) {
                text.append(word.line() == line ? " " : "\n");
            }
            text.append(word.text());
            line = word.line();
        }
        return text.toString();
    }

    /**
     * The catalog's form: one word a line, "line x y width height confidence word". Words never hold a line
     * break (Tesseract splits on white space), so this needs no quoting.
     */
    public String encode() {
        StringBuilder out = new StringBuilder();
        for (RecognisedWord w : words) {
            out.append(String.format(
                    Locale.ROOT,
                    "%d %d %d %d %d %.1f %s%n",
                    w.line(),
                    w.x(),
                    w.y(),
                    w.width(),
                    w.height(),
                    w.confidence(),
                    w.text()));
        }
        return out.toString();
    }

    /** Reads {@link #encode()}'s form; a malformed line is left out rather than failing the photo. */
    public static RecognisedText decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return NONE;
        }
        List<RecognisedWord> words = new ArrayList<>();
        for (String row : encoded.split("\n", -1)) {
            String[] parts = row.split(" ", 7);
            if (parts.length < 7 || parts[6].isBlank()) {
                continue;
            }
            try {
                words.add(new RecognisedWord(
                        parts[6].strip(),
                        Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]),
                        Integer.parseInt(parts[3]),
                        Integer.parseInt(parts[4]),
                        Float.parseFloat(parts[5])));
            } catch (NumberFormatException malformed) {
                // A hand-edited or truncated row: the others still count.
            }
        }
        return new RecognisedText(words);
    }
}
