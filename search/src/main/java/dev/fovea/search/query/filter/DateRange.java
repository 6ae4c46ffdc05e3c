package dev.fovea.search.query.filter;

/**
 * When photos were taken: from {@code fromMillis} (inclusive) until {@code untilMillis} (exclusive), epoch
 * millis; null leaves that side open. {@code label} says it in words, e.g. "July 2023" or "after 2019".
 */
public record DateRange(Long fromMillis, Long untilMillis, String label) {

    public DateRange {
        if (fromMillis == null && untilMillis == null) {
            throw new IllegalArgumentException("A date range needs at least one bound");
        }
    }

    /** Both ranges at once; empty ({@link #isEmpty()}) when they do not overlap. */
    public DateRange intersect(DateRange other) {
        Long from = fromMillis == null
                ? other.fromMillis
                : other.fromMillis == null ? fromMillis : Math.max(fromMillis, other.fromMillis);
        Long until = untilMillis == null
                ? other.untilMillis
                : other.untilMillis == null ? untilMillis : Math.min(untilMillis, other.untilMillis);
        return new DateRange(from, until, label + " and " + other.label);
    }

    public boolean isEmpty() {
        return fromMillis != null && untilMillis != null && fromMillis >= untilMillis;
    }

    public boolean contains(long millis) {
        return (fromMillis == null || millis >= fromMillis) && (untilMillis == null || millis < untilMillis);
    }
}
