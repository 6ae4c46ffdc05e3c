package dev.fovea.search.query.filter;

import dev.fovea.search.FoveaException;
import java.util.Locale;

/** Photos or videos, for the filter that keeps one of them. */
public enum MediaKind {
    PHOTO,
    VIDEO;

    /** The lower-case name the command line and JSON use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "photo" or "video" (also plural, any case). */
    public static MediaKind parse(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "photo", "photos" -> PHOTO;
            case "video", "videos" -> VIDEO;
            default -> throw new FoveaException("'" + text + "' is not a kind of file: use photo or video.");
        };
    }
}
