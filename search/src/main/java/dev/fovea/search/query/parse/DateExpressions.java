package dev.fovea.search.query.parse;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates written in a query: "2019", "July 2023", "4 July 2023", "2023-07", "summer 2019",
 * "last summer", "yesterday", "last week", "last 3 months", "1990s", "2019-2021", and the same after
 * "in", "before", "after", "since", "until", "from ... to ...", "between ... and ...".
 * Words are lowercase and stripped of surrounding punctuation. A month or season alone is not a date
 * ("may", "summer" are as likely to describe the picture); it needs a year or "this"/"last".
 * Seasons are meteorological; a season across the new year ("winter 2019") is the one that includes
 * January of that year.
 */
final class DateExpressions {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d\\d)(?:-|–|\\.\\.)((?:19|20)\\d\\d)");
    private static final Pattern DECADE = Pattern.compile("((?:19|20)\\d)0'?s");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Map<String, Integer> SEASON_FIRST_MONTH =
            Map.of("spring", 3, "summer", 6, "autumn", 9, "fall", 9, "winter", 12);
    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "day",
            ChronoUnit.DAYS,
            "days",
            ChronoUnit.DAYS,
            "week",
            ChronoUnit.WEEKS,
            "weeks",
            ChronoUnit.WEEKS,
            "month",
            ChronoUnit.MONTHS,
            "months",
            ChronoUnit.MONTHS,
            "year",
            ChronoUnit.YEARS,
            "years",
            ChronoUnit.YEARS);

    private final Clock clock;
    private final boolean southernHemisphere;
    private final Map<String, Month> months = new HashMap<>();

    DateExpressions(Clock clock, boolean southernHemisphere, List<Locale> locales) {
        this.clock = clock;
        this.southernHemisphere = southernHemisphere;
        for (Locale locale : locales) {
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE)) {
                    months.putIfAbsent(
                            month.getDisplayName(style, locale)
                                    .toLowerCase(locale)
                                    .replace(".", ""),
                            month);
                }
            }
        }
        months.putIfAbsent("sept", Month.SEPTEMBER);
    }

    /** The date expression starting at word {@code at}, if one does. */
    Optional<DateSpan> read(List<String> words, int at) {
        String word = words.get(at);
        switch (word) {
            case "before", "after", "since", "until", "till" -> {
                return atom(words, at + 1).map(date -> bounded(word, date));
            }
            case "from", "between" -> {
                Optional<DateSpan> first = atom(words, at + 1);
                if (first.isEmpty()) {
                    return Optional.empty();
                }
                int next = at + 1 + first.get().words();
                if (next < words.size()
                        && List.of("to", "until", "till", "and", "-", "–").contains(words.get(next))) {
                    Optional<DateSpan> second = atom(words, next + 1);
                    if (second.isPresent()) {
                        DateSpan from = first.get();
                        DateSpan to = second.get();
                        return Optional.of(new DateSpan(
                                from.start(),
                                to.end(),
                                from.label() + " to " + to.label(),
                                next + 1 + to.words() - at));
                    }
                }
                return word.equals("from") ? first.map(date -> date.withWords(date.words() + 1)) : Optional.empty();
            }
            case "in", "on", "during" -> {
                return atom(words, at + 1).map(date -> date.withWords(date.words() + 1));
            }
            default -> {
                return atom(words, at);
            }
        }
    }

    private DateSpan bounded(String word, DateSpan date) {
        int words = date.words() + 1;
        return switch (word) {
            case "before" -> new DateSpan(null, date.start(), "before " + date.label(), words);
            case "after" -> new DateSpan(date.end(), null, "after " + date.label(), words);
            case "since" -> new DateSpan(date.start(), null, "since " + date.label(), words);
            default -> new DateSpan(null, date.end(), "until " + date.label(), words);
        };
    }

    private Optional<DateSpan> atom(List<String> words, int at) {
        if (at >= words.size()) {
            return Optional.empty();
        }
        String word = words.get(at);
        String next = at + 1 < words.size() ? words.get(at + 1) : null;
        String third = at + 2 < words.size() ? words.get(at + 2) : null;
        LocalDate today = LocalDate.now(clock);
        switch (word) {
            case "today" -> {
                return Optional.of(new DateSpan(today, today.plusDays(1), "today", 1));
            }
            case "yesterday" -> {
                return Optional.of(new DateSpan(today.minusDays(1), today, "yesterday", 1));
            }
            case "this", "last", "past" -> {
                return relative(word, next, third, today);
            }
            default -> {
                // read below
            }
        }
        Optional<DateSpan> season = season(word, next);
        if (season.isPresent()) {
            return season;
        }
        Month month = months.get(word);
        if (month != null) {
            return monthWithYear(month, next, third);
        }
        Matcher day = DAY_OF_MONTH.matcher(word);
        if (day.matches()
                && next != null
                && months.containsKey(next)
                && third != null
                && YEAR.matcher(third).matches()) {
            return dayOf(Integer.parseInt(third), months.get(next), Integer.parseInt(day.group(1)), 3);
        }
        return numeric(word);
    }

    private Optional<DateSpan> relative(String which, String unit, String count, LocalDate today) {
        if (unit == null) {
            return Optional.empty();
        }
        boolean last = !which.equals("this");
        if (last && NUMBER.matcher(unit).matches() && count != null && UNITS.containsKey(count)) {
            int amount = Integer.parseInt(unit);
            if (amount < 1) {
                return Optional.empty();
            }
            LocalDate start = today.minus(amount, UNITS.get(count)).plusDays(1);
            return Optional.of(new DateSpan(start, today.plusDays(1), "the last " + amount + " " + count, 3));
        }
        if (which.equals("past")) {
            return Optional.empty();
        }
        switch (unit) {
            case "week" -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate start = last ? monday.minusWeeks(1) : monday;
                return Optional.of(
                        DateSpan.between(start, start.plusWeeks(1), 2).withLabel(which + " week"));
            }
            case "month" -> {
                YearMonth month = YearMonth.from(today).minusMonths(last ? 1 : 0);
                return Optional.of(monthSpan(month, 2));
            }
            case "year" -> {
                int year = today.getYear() - (last ? 1 : 0);
                return Optional.of(new DateSpan(
                        LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), Integer.toString(year), 2));
            }
            default -> {
                // a season or a month below
            }
        }
        if (SEASON_FIRST_MONTH.containsKey(unit)) {
            return Optional.of(seasonSpan(unit, last ? latestOver(unit, today) : current(unit, today), 2));
        }
        Month month = months.get(unit);
        if (month != null) {
            YearMonth candidate = YearMonth.of(today.getYear(), month);
            if (last && !candidate.isBefore(YearMonth.from(today))) {
                candidate = candidate.minusYears(1);
            }
            return Optional.of(monthSpan(candidate, 2));
        }
        return Optional.empty();
    }

    private Optional<DateSpan> season(String word, String next) {
        if (!SEASON_FIRST_MONTH.containsKey(word)
                || next == null
                || !YEAR.matcher(next).matches()) {
            return Optional.empty();
        }
        YearMonth first = seasonStarting(word, Integer.parseInt(next));
        if (first.getMonthValue() == 12) {
            first = first.minusYears(1);
        }
        return Optional.of(seasonSpan(word, first, 2));
    }

    /** The season under way today, else this calendar year's. */
    private YearMonth current(String season, LocalDate today) {
        YearMonth previous = seasonStarting(season, today.getYear() - 1);
        return previous.plusMonths(3).atDay(1).isAfter(today) ? previous : seasonStarting(season, today.getYear());
    }

    /** The latest season of that name that is over by today. */
    private YearMonth latestOver(String season, LocalDate today) {
        YearMonth first = seasonStarting(season, today.getYear());
        while (first.plusMonths(3).atDay(1).isAfter(today)) {
            first = first.minusYears(1);
        }
        return first;
    }

    /** The first month of {@code season} in {@code year}; the southern hemisphere's seasons are six months on. */
    private YearMonth seasonStarting(String season, int year) {
        int month = SEASON_FIRST_MONTH.get(season);
        if (southernHemisphere) {
            month = (month + 5) % 12 + 1;
        }
        return YearMonth.of(year, month);
    }

    private static DateSpan seasonSpan(String season, YearMonth first, int words) {
        YearMonth end = first.plusMonths(3);
        String name = season.equals("fall") ? "autumn" : season;
        String years = first.getYear() == end.minusMonths(1).getYear()
                ? Integer.toString(first.getYear())
                : first.getYear() + "/" + end.minusMonths(1).getYear();
        return new DateSpan(first.atDay(1), end.atDay(1), name + " " + years, words);
    }

    private Optional<DateSpan> monthWithYear(Month month, String next, String third) {
        if (next == null) {
            return Optional.empty();
        }
        if (YEAR.matcher(next).matches()) {
            return Optional.of(monthSpan(YearMonth.of(Integer.parseInt(next), month), 2));
        }
        Matcher day = DAY_OF_MONTH.matcher(next);
        if (day.matches() && third != null && YEAR.matcher(third).matches()) {
            return dayOf(Integer.parseInt(third), month, Integer.parseInt(day.group(1)), 3);
        }
        return Optional.empty();
    }

    private static Optional<DateSpan> dayOf(int year, Month month, int day, int words) {
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year, month, day);
        return Optional.of(new DateSpan(
                date,
                date.plusDays(1),
                day + " " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year,
                words));
    }

    private static DateSpan monthSpan(YearMonth month, int words) {
        return new DateSpan(
                month.atDay(1),
                month.plusMonths(1).atDay(1),
                month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear(),
                words);
    }

    private static Optional<DateSpan> numeric(String word) {
        if (YEAR.matcher(word).matches()) {
            int year = Integer.parseInt(word);
            return Optional.of(new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), word, 1));
        }
        Matcher range = YEAR_RANGE.matcher(word);
        if (range.matches()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            if (from <= to) {
                return Optional.of(
                        new DateSpan(LocalDate.of(from, 1, 1), LocalDate.of(to + 1, 1, 1), from + " to " + to, 1));
            }
        }
        Matcher decade = DECADE.matcher(word);
        if (decade.matches()) {
            int start = Integer.parseInt(decade.group(1)) * 10;
            return Optional.of(
                    new DateSpan(LocalDate.of(start, 1, 1), LocalDate.of(start + 10, 1, 1), "the " + start + "s", 1));
        }
        try {
            LocalDate day = LocalDate.parse(word);
            return Optional.of(new DateSpan(day, day.plusDays(1), day.toString(), 1));
        } catch (DateTimeParseException notADay) {
            try {
                return Optional.of(monthSpan(YearMonth.parse(word), 1));
            } catch (DateTimeParseException notAMonth) {
                return Optional.empty();
            }
        }
    }
}
