package dev.fovea.app.desktop.grid;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.preferences.DateGrouping;
import dev.fovea.app.desktop.preferences.ResultOrder;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Puts results in the order and date sections the user chose. Grouped by date, sections run newest
 * first (as in Photos) and the chosen order applies within each; photos without a date come last under
 * their own heading.
 */
public final class ResultArrangement {

    public record Arranged(List<PhotoHit> hits, List<GridLayout.Section> sections) {}

    private final Locale locale;
    private final String undatedTitle;

    public ResultArrangement(Locale locale, String undatedTitle) {
        this.locale = locale;
        this.undatedTitle = undatedTitle;
    }

    public Arranged arrange(List<PhotoHit> hits, ResultOrder order, DateGrouping grouping) {
        List<PhotoHit> sorted = new ArrayList<>(hits);
        sorted.sort(within(order));
        if (grouping == DateGrouping.NONE) {
            return new Arranged(sorted, List.of());
        }
        // Stable sort: within a section the chosen order survives.
        sorted.sort(Comparator.comparing(
                (PhotoHit hit) -> truncate(hit.takenAt(), grouping), Comparator.nullsLast(Comparator.reverseOrder())));
        List<GridLayout.Section> sections = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            LocalDateTime key = truncate(sorted.get(start).takenAt(), grouping);
            if (i == sorted.size()
                    || !Objects.equals(key, truncate(sorted.get(i).takenAt(), grouping))) {
                sections.add(new GridLayout.Section(title(key, grouping), start, i));
                start = i;
            }
        }
        return new Arranged(sorted, sections);
    }

    private static Comparator<PhotoHit> within(ResultOrder order) {
        return switch (order) {
            // Keep the search's own ranking: it already fused semantic and lexical evidence.
            case RELEVANCE -> (unusedA, unusedB) -> 0;
            case NEWEST -> Comparator.comparing(PhotoHit::takenAt, Comparator.nullsLast(Comparator.reverseOrder()));
            case OLDEST -> Comparator.comparing(PhotoHit::takenAt, Comparator.nullsLast(Comparator.naturalOrder()));
        };
    }

    private static LocalDateTime truncate(LocalDateTime time, DateGrouping grouping) {
        if (time == null) {
            return null;
        }
        LocalDateTime day = time.truncatedTo(ChronoUnit.DAYS);
        return switch (grouping) {
            case NONE, DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private String title(LocalDateTime key, DateGrouping grouping) {
        if (key == null) {
            return undatedTitle;
        }
        DateTimeFormatter format = switch (grouping) {
            case NONE, DAY ->
                new DateTimeFormatterBuilder()
                        .appendLocalized(FormatStyle.FULL, null)
                        .toFormatter(locale);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale);
            case YEAR -> DateTimeFormatter.ofPattern("yyyy", locale);
        };
        String title = key.format(format);
        return title.substring(0, 1).toUpperCase(locale) + title.substring(1);
    }
}
