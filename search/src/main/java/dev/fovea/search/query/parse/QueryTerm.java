package dev.fovea.search.query.parse;

/**
 * One ingredient of the query vector: a text, an image file or a library photo, with a signed weight
 * (negative pushes photos like it down).
 */
public record QueryTerm(Kind kind, String value, float weight) {

    public enum Kind {
        TEXT,
        IMAGE,
        PHOTO
    }
}
