package dev.fovea.app.desktop.backend;

/**
 * A part of the query the parser read as a filter, e.g. "July 2023" or "in Lisbon".
 *
 * @param phrase the words as typed, which {@link TypedSearch#keptAsText()} hands back to undo it
 * @param meaning what it was read as, for people, e.g. "1 Jul 2023 – 31 Jul 2023"
 */
public record QueryFilter(Kind kind, String phrase, String meaning) {
    public enum Kind {
        DATE,
        PLACE,
        FOLDER,
        CAMERA
    }
}
