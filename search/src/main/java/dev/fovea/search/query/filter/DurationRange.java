package dev.fovea.search.query.filter;

import dev.fovea.search.FoveaException;
import java.util.Locale;

/**
 * How long a video must be, in seconds: at least {@code minSeconds} and at most {@code maxSeconds}; a null bound
 * is open.
 */
public record DurationRange(Double minSeconds, Double maxSeconds) {
    public DurationRange {
        if ((minSeconds != null && !(minSeconds >= 0)) || (maxSeconds != null && !(maxSeconds >= 0))) {
            throw new FoveaException(
                    "A duration must be zero or more seconds; got " + minSeconds + " to " + maxSeconds);
        }
    }

    /** No video is both: the longer minimum and the shorter maximum. */
    public DurationRange intersect(DurationRange other) {
        return new DurationRange(
                minSeconds == null
                        ? other.minSeconds
                        : other.minSeconds == null ? minSeconds : Math.max(minSeconds, other.minSeconds),
                maxSeconds == null
                        ? other.maxSeconds
                        : other.maxSeconds == null ? maxSeconds : Math.min(maxSeconds, other.maxSeconds));
    }

    public boolean isEmpty() {
        return minSeconds != null && maxSeconds != null && minSeconds > maxSeconds;
    }

    /**
     * Reads a duration as people write it: seconds ("90", "90s", "1.5"), minutes ("2m", "2min"), "1:30" or
     * "1:02:03".
     */
    public static double parseSeconds(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.contains(":")) {
                double total = 0;
                for (String part : value.split(":", -1)) {
                    total = total * 60 + Integer.parseUnsignedInt(part);
                }
                return total;
            }
            if (value.endsWith("min")) {
                return 60 * Double.parseDouble(value.substring(0, value.length() - 3));
            }
            if (value.endsWith("m")) {
                return 60 * Double.parseDouble(value.substring(0, value.length() - 1));
            }
            if (value.endsWith("h")) {
                return 3600 * Double.parseDouble(value.substring(0, value.length() - 1));
            }
            double seconds = Double.parseDouble(value.endsWith("s") ? value.substring(0, value.length() - 1) : value);
            if (!(seconds >= 0) || Double.isInfinite(seconds)) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new FoveaException(
                    "'" + text + "' is not a duration: write seconds (90, 90s), minutes (2m) or 1:30.");
        }
    }
}
