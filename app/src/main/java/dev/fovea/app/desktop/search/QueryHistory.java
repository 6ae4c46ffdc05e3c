package dev.fovea.app.desktop.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recent queries, newest first, without repeats, at most {@link #LIMIT}. */
public final class QueryHistory {
    public static final int LIMIT = 50;

    private QueryHistory() {}

    public static List<String> add(List<String> history, String query) {
        String clean = query.strip();
        if (clean.isEmpty()) {
            return history;
        }
        List<String> next = new ArrayList<>(LIMIT);
        next.add(clean);
        for (String old : history) {
            if (!old.equalsIgnoreCase(clean) && next.size() < LIMIT) {
                next.add(old);
            }
        }
        return List.copyOf(next);
    }

    /** Past queries that start with, or contain a word starting with, what is typed; all of them when nothing is. */
    public static List<String> matching(List<String> history, String typed, int max) {
        String prefix = typed.strip().toLowerCase(Locale.ROOT);
        return history.stream()
                .filter(old -> prefix.isEmpty() || startsAnyWord(old.toLowerCase(Locale.ROOT), prefix))
                .filter(old -> !old.equalsIgnoreCase(typed.strip()))
                .limit(max)
                .toList();
    }

    private static boolean startsAnyWord(String text, String prefix) {
        return text.startsWith(prefix) || text.contains(" " + prefix);
    }
}
