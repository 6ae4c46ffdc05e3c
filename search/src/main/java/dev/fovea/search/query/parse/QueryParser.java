package dev.fovea.search.query.parse;

import dev.fovea.search.FoveaException;
import dev.fovea.search.query.filter.DateRange;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.query.parse.QueryToken.Kind;
import dev.fovea.search.query.parse.QueryToken.Sign;
import dev.fovea.search.query.place.KnownPlace;
import dev.fovea.search.query.place.KnownPlaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the one search box: the description, operators and weights ({@code beach +sunset^2 -people
 * img:PATH photo:ID "quoted phrase"}), and dates and known places typed among the words ("in Kyoto", "near
 * Porto", or a country alone: "Portugal"), which become filters.
 * Quoted words are never read as filters, so quoting is how a reading is undone.
 */
public final class QueryParser {
    /** More terms than this would mean as many text-encoder runs for one query. */
    public static final int MAX_TERMS = 16;
    /** CLIP reads 75 tokens; longer texts only cost tokenizing time. */
    public static final int MAX_TEXT_CHARS = 1000;
    /** Query length at which reading stops: beyond it, nothing more could count. */
    private static final int MAX_QUERY_CHARS = 10 * MAX_TEXT_CHARS;

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from");
    private static final int LONGEST_PLACE_NAME = 4;

    private final KnownPlaces places;
    private final DateExpressions dates;

    /**
     * @param clock for "today", "last summer"
     * @param zone the user's time zone: it decides which day "today" is
     */
    public QueryParser(KnownPlaces places, Clock clock, ZoneId zone) {
        this(places, clock, zone, false, List.of(Locale.ENGLISH));
    }

    /**
     * @param southernHemisphere whether seasons are the southern ones ("summer 2020" = Dec 2019 – Feb 2020)
     * @param locales languages whose month names are understood besides English numbers
     */
    public QueryParser(KnownPlaces places, Clock clock, ZoneId zone, boolean southernHemisphere, List<Locale> locales) {
        this.places = places;
        this.dates = new DateExpressions(clock.withZone(zone), southernHemisphere, locales);
    }

    /**
     * A date bound given apart from the query, as {@code --after}/{@code --before} do: {@code since} keeps
     * photos from the start of {@code when} on, {@code before} those before its start. {@code when} is
     * anything the box understands: 2021, 2021-06, 2021-06-15, "July 2023", "last summer".
     */
    public DateRange dateBound(boolean since, String when) {
        List<String> words = Arrays.stream(((since ? "since " : "before ") + when.strip()).split("\\s+"))
                .map(QueryParser::normalizeWord)
                .toList();
        Optional<DateSpan> span = dates.read(words, 0).filter(read -> read.words() == words.size());
        if (span.isEmpty()) {
            throw new FoveaException("Cannot read the date '" + when
                    + "': write it like 2021, 2021-06, 2021-06-15, \"July 2023\" or \"last summer\".");
        }
        return range(span.get());
    }

    public ParsedQuery parse(String typed) {
        return parse(typed, Set.of());
    }

    /**
     * @param keptAsText words read as a filter before ({@link ReadFilter#typed()}) that are to stay words this
     *     time, as an alternative to quoting them
     */
    public ParsedQuery parse(String typed, Set<String> keptAsText) {
        List<String> notes = new ArrayList<>();
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_QUERY_CHARS) {
            notes.add("The query is " + text.length() + " characters long; only the first " + MAX_QUERY_CHARS
                    + " were read.");
            text = text.substring(0, MAX_QUERY_CHARS);
        }
        List<QueryToken> tokens = QueryTokenizer.tokenize(text, notes);
        boolean[] consumed = new boolean[tokens.size()];
        List<ReadFilter> readFilters = new ArrayList<>();
        Set<String> kept = keptAsText.stream()
                .map(phrase -> phrase.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        SearchFilters filters = readDates(text, tokens, consumed, readFilters, SearchFilters.NONE, kept);
        filters = readPlaces(text, tokens, consumed, readFilters, filters, kept);
        if (filters.taken() != null && filters.taken().isEmpty()) {
            notes.add("No photo can be from " + filters.taken().label() + ".");
        }
        return assemble(text, tokens, consumed, filters, readFilters, notes);
    }

    private SearchFilters readDates(
            String text,
            List<QueryToken> tokens,
            boolean[] consumed,
            List<ReadFilter> read,
            SearchFilters filters,
            Set<String> kept) {
        for (List<Integer> run : plainRuns(tokens, consumed)) {
            List<String> words =
                    run.stream().map(i -> normalizeWord(tokens.get(i).text())).toList();
            int at = 0;
            while (at < words.size()) {
                Optional<DateSpan> date = dates.read(words, at);
                if (date.isEmpty()) {
                    at++;
                    continue;
                }
                QueryToken first = tokens.get(run.get(at));
                QueryToken last = tokens.get(run.get(at + date.get().words() - 1));
                String span = text.substring(first.start(), last.end());
                if (kept.contains(span.toLowerCase(Locale.ROOT))) {
                    at += date.get().words();
                    continue;
                }
                for (int i = at; i < at + date.get().words(); i++) {
                    consumed[run.get(i)] = true;
                }
                read.add(new ReadFilter(
                        ReadFilter.Kind.DATE, span, date.get().label(), undo(text, first.start(), last.end())));
                filters = filters.and(SearchFilters.NONE.withTaken(range(date.get())));
                at += date.get().words();
            }
        }
        return filters;
    }

    private SearchFilters readPlaces(
            String text,
            List<QueryToken> tokens,
            boolean[] consumed,
            List<ReadFilter> read,
            SearchFilters filters,
            Set<String> kept) {
        for (List<Integer> run : plainRuns(tokens, consumed)) {
            for (int at = 0; at < run.size() - 1; at++) {
                if (!PLACE_PREPOSITIONS.contains(
                        normalizeWord(tokens.get(run.get(at)).text()))) {
                    continue;
                }
                for (int length = Math.min(LONGEST_PLACE_NAME, run.size() - at - 1); length >= 1; length--) {
                    QueryToken first = tokens.get(run.get(at + 1));
                    QueryToken last = tokens.get(run.get(at + length));
                    String name = text.substring(first.start(), last.end());
                    Optional<KnownPlace> place = places.find(stripPunctuation(name));
                    int start = tokens.get(run.get(at)).start();
                    if (place.isPresent()
                            && kept.contains(text.substring(start, last.end()).toLowerCase(Locale.ROOT))) {
                        at += length;
                        break;
                    }
                    if (place.isPresent()) {
                        for (int i = at; i <= at + length; i++) {
                            consumed[run.get(i)] = true;
                        }
                        boolean near =
                                normalizeWord(tokens.get(run.get(at)).text()).equals("near");
                        KnownPlace meant = near ? place.get().near() : place.get();
                        read.add(new ReadFilter(
                                ReadFilter.Kind.PLACE,
                                text.substring(start, last.end()),
                                (near && place.get().surroundings() != null ? "near " : "")
                                        + place.get().name(),
                                undo(text, start, last.end())));
                        filters = filters.and(SearchFilters.NONE.withPlaces(List.of(meant)));
                        at += length;
                        break;
                    }
                }
            }
        }
        return readCountries(text, tokens, consumed, read, filters, kept);
    }

    /**
     * Countries need no "in" when written with a capital: "Portugal beach" is about Portugal, while "china
     * plate" and "turkey dinner" are about porcelain and a bird, as lowercase country names often are.
     */
    private SearchFilters readCountries(
            String text,
            List<QueryToken> tokens,
            boolean[] consumed,
            List<ReadFilter> read,
            SearchFilters filters,
            Set<String> kept) {
        for (List<Integer> run : plainRuns(tokens, consumed)) {
            for (int at = 0; at < run.size(); at++) {
                for (int length = Math.min(LONGEST_PLACE_NAME, run.size() - at); length >= 1; length--) {
                    QueryToken first = tokens.get(run.get(at));
                    QueryToken last = tokens.get(run.get(at + length - 1));
                    String name = text.substring(first.start(), last.end());
                    Optional<KnownPlace> place =
                            places.find(stripPunctuation(name)).filter(KnownPlace::country);
                    if (place.isEmpty()
                            || !Character.isUpperCase(name.codePointAt(0))
                            || kept.contains(name.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    for (int i = at; i < at + length; i++) {
                        consumed[run.get(i)] = true;
                    }
                    read.add(new ReadFilter(
                            ReadFilter.Kind.PLACE, name, place.get().name(), undo(text, first.start(), last.end())));
                    filters = filters.and(SearchFilters.NONE.withPlaces(List.of(place.get())));
                    at += length - 1;
                    break;
                }
            }
        }
        return filters;
    }

    private ParsedQuery assemble(
            String text,
            List<QueryToken> tokens,
            boolean[] consumed,
            SearchFilters filters,
            List<ReadFilter> readFilters,
            List<String> notes) {
        List<String> description = new ArrayList<>();
        List<QueryTerm> terms = new ArrayList<>();
        List<String> lexicalWords = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            QueryToken token = tokens.get(i);
            if (consumed[i]) {
                continue;
            }
            if (token.joinsDescription()) {
                description.add(token.text());
                (token.kind() == Kind.PHRASE ? phrases : lexicalWords).add(token.text());
                continue;
            }
            float weight = (token.weight() == null ? 1f : token.weight()) * (token.sign() == Sign.MINUS ? -1f : 1f);
            switch (token.kind()) {
                case WORD, PHRASE -> {
                    terms.add(new QueryTerm(QueryTerm.Kind.TEXT, limited(token.text(), notes), weight));
                    if (weight < 0) {
                        excluded.add(token.text());
                    } else {
                        (token.kind() == Kind.PHRASE ? phrases : lexicalWords).add(token.text());
                    }
                }
                case IMAGE -> terms.add(new QueryTerm(QueryTerm.Kind.IMAGE, token.text(), weight));
                case PHOTO -> {
                    if (token.text().matches("\\d{1,18}")) {
                        terms.add(new QueryTerm(QueryTerm.Kind.PHOTO, token.text(), weight));
                    } else {
                        notes.add("Ignored 'photo:" + token.text() + "': photo: takes a photo number, e.g. photo:42.");
                    }
                }
            }
        }
        String joined = String.join(" ", description);
        if (!joined.isBlank()) {
            terms.addFirst(new QueryTerm(QueryTerm.Kind.TEXT, limited(joined, notes), 1f));
        }
        if (terms.size() > MAX_TERMS) {
            notes.add("The query has " + terms.size() + " terms; only the first " + MAX_TERMS + " were used.");
            terms = new ArrayList<>(terms.subList(0, MAX_TERMS));
        }
        return new ParsedQuery(text, joined, terms, filters, readFilters, lexicalWords, phrases, excluded, notes);
    }

    private static String limited(String text, List<String> notes) {
        if (text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        notes.add("A description of " + text.length() + " characters was cut to " + MAX_TEXT_CHARS
                + "; the model reads about 75 words anyway.");
        return text.substring(0, MAX_TEXT_CHARS);
    }

    private DateRange range(DateSpan span) {
        return new DateRange(millis(span.start()), millis(span.end()), span.label());
    }

    /** Photos' times are their wall-clock times written as UTC (see {@link dev.fovea.search.index.StoredPhoto}); so are the bounds. */
    private static Long millis(LocalDate date) {
        return date == null
                ? null
                : date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Runs of consecutive plain words not yet read as something else, as token indices. */
    private static List<List<Integer>> plainRuns(List<QueryToken> tokens, boolean[] consumed) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            if (i < tokens.size() && tokens.get(i).plainWord() && !consumed[i]) {
                run.add(i);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        return runs;
    }

    private static String undo(String text, int start, int end) {
        return text.substring(0, start) + '"' + text.substring(start, end) + '"' + text.substring(end);
    }

    private static String normalizeWord(String word) {
        return stripPunctuation(word).toLowerCase(Locale.ROOT);
    }

    private static String stripPunctuation(String text) {
        return text.replaceAll("^[\\p{Punct}&&[^'#]]+|[\\p{Punct}&&[^'#]]+$", "");
    }
}
