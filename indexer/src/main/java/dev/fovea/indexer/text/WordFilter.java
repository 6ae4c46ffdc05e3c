package dev.fovea.indexer.text;

/**
 * Which of Tesseract's words count. Texture, foliage and noise come out as short, low-confidence strings of
 * punctuation and stray letters; real words are confident and hold letters or digits.
 */
final class WordFilter {
    private WordFilter() {}

    static boolean keeps(String word, float confidence) {
        if (confidence < TextReader.MIN_CONFIDENCE || word.isEmpty()) {
            return false;
        }
        int alphanumeric =
                (int) word.codePoints().filter(Character::isLetterOrDigit).count();
        if (alphanumeric == 0) {
            return false;
        }
        // A lone letter is mostly a mis-read edge; a lone digit is often real (a price, a house number).
        return word.codePointCount(0, word.length()) > 1 || Character.isDigit(word.codePointAt(0));
    }
}
