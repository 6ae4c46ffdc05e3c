package dev.fovea.search.query.parse;

/**
 * One piece of a typed query: a word, a quoted phrase, an image ({@code img:PATH}) or a library photo
 * ({@code photo:ID}), with its operator and weight. {@code start}/{@code end} locate it in the typed text.
 *
 * @param weight the {@code ^N} weight, or null when none was given
 */
record QueryToken(Kind kind, String text, Sign sign, Float weight, int start, int end) {

    enum Kind {
        WORD,
        PHRASE,
        IMAGE,
        PHOTO
    }

    enum Sign {
        NONE,
        PLUS,
        MINUS
    }

    /** A word typed without operator or weight: it may be read as part of a date or a place. */
    boolean plainWord() {
        return kind == Kind.WORD && sign == Sign.NONE && weight == null;
    }

    /** A word or phrase that joins the main description rather than standing as its own term. */
    boolean joinsDescription() {
        return (kind == Kind.WORD || kind == Kind.PHRASE) && sign == Sign.NONE && weight == null;
    }
}
