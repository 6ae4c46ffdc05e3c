package dev.fovea.search.query.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days from {@code start} (inclusive) to {@code end} (exclusive); either may be null for an open side.
 * {@code words} is how many query words it was read from.
 */
record DateSpan(LocalDate start, LocalDate end, String label, int words) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static DateSpan between(LocalDate start, LocalDate end, int words) {
        return new DateSpan(start, end, DAY.format(start) + " – " + DAY.format(end.minusDays(1)), words);
    }

    DateSpan withWords(int count) {
        return new DateSpan(start, end, label, count);
    }

    DateSpan withLabel(String newLabel) {
        return new DateSpan(start, end, newLabel, words);
    }
}
