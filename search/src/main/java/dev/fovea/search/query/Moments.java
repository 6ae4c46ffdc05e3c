package dev.fovea.search.query;

import java.util.Locale;

/** Moments of a video as people read them: "0:42", "1:03:07". */
public final class Moments {
    private Moments() {}

    public static String clock(double seconds) {
        long total = Math.max(0, (long) Math.floor(seconds));
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long rest = total % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }
}
