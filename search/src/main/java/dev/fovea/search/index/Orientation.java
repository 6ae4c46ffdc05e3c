package dev.fovea.search.index;

import dev.fovea.search.FoveaException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shape of a photo as displayed. */
public enum Orientation {
    LANDSCAPE,
    PORTRAIT,
    SQUARE,
    UNKNOWN;

    /** Within 5% of equal sides counts as square: crops from phones are rarely exact. */
    private static final double SQUARE_TOLERANCE = 1.05;

    public static Orientation of(int width, int height) {
        if (width <= 0 || height <= 0) {
            return UNKNOWN;
        }
        if (Math.max(width, height) <= SQUARE_TOLERANCE * Math.min(width, height)) {
            return SQUARE;
        }
        return width > height ? LANDSCAPE : PORTRAIT;
    }

    /** Parses a user's word for a shape, e.g. "portrait". */
    public static Orientation parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Orientation orientation : values()) {
            if (orientation != UNKNOWN && orientation.label().equals(wanted)) {
                return orientation;
            }
        }
        throw new FoveaException("Unknown orientation '" + text + "': use one of "
                + Arrays.stream(values())
                        .filter(o -> o != UNKNOWN)
                        .map(Orientation::label)
                        .collect(Collectors.joining(", "))
                + ".");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
