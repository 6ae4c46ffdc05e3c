package dev.fovea.app.desktop.backend;

import java.util.List;

/**
 * The text read in a photo, for the viewer: as lines, and each word's box as fractions of the picture's width
 * and height (0 to 1, from the top left), to outline it over the picture at any size.
 */
public record PhotoText(String text, List<Word> words) {
    public static final PhotoText NONE = new PhotoText("", List.of());

    public PhotoText {
        words = List.copyOf(words);
    }

    public record Word(String text, double x, double y, double width, double height) {}

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
