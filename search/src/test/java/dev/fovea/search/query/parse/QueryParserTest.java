package dev.fovea.search.query.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import dev.fovea.search.query.filter.DateRange;
import dev.fovea.search.query.parse.QueryTerm.Kind;
import dev.fovea.search.query.place.GeoBox;
import dev.fovea.search.query.place.KnownPlace;
import dev.fovea.search.query.place.KnownPlaces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {
    private static final KnownPlaces PLACES = KnownPlaces.of(List.of(
            new KnownPlace("Lisbon", List.of("/photos/2019 Lisbon"), new GeoBox(38.6, -9.3, 38.8, -9.0)),
            new KnownPlace("São Paulo", List.of("/photos/sp"), null),
            new KnownPlace("New York City", List.of(), new GeoBox(40.4, -74.3, 40.9, -73.7)),
            new KnownPlace("China", List.of(), null, List.of("china"), null, true)));

    private static QueryParser parserOn(String isoDay) {
        Clock clock = Clock.fixed(Instant.parse(isoDay + "T12:00:00Z"), ZoneOffset.UTC);
        return new QueryParser(PLACES, clock, ZoneOffset.UTC);
    }

    private final QueryParser parser = parserOn("2025-01-15");

    private static long millis(String isoDay) {
        return LocalDate.parse(isoDay).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static void assertRange(DateRange range, String from, String until) {
        assertThat(range.fromMillis()).as("from").isEqualTo(from == null ? null : millis(from));
        assertThat(range.untilMillis()).as("until").isEqualTo(until == null ? null : millis(until));
    }

    @Test
    void plainWordsAreOneDescription() {
        ParsedQuery parsed = parser.parse("kids on a beach at sunset");
        assertThat(parsed.description()).isEqualTo("kids on a beach at sunset");
        assertThat(parsed.terms()).containsExactly(new QueryTerm(Kind.TEXT, "kids on a beach at sunset", 1f));
        assertThat(parsed.filters().isEmpty()).isTrue();
        assertThat(parsed.readFilters()).isEmpty();
    }

    @Test
    void operatorsAndWeightsMakeSeparateTerms() {
        ParsedQuery parsed = parser.parse("beach +sunset^2 -people -\"golden retriever\"^0.5 img:/tmp/a.jpg +photo:42");
        assertThat(parsed.terms())
                .containsExactly(
                        new QueryTerm(Kind.TEXT, "beach", 1f),
                        new QueryTerm(Kind.TEXT, "sunset", 2f),
                        new QueryTerm(Kind.TEXT, "people", -1f),
                        new QueryTerm(Kind.TEXT, "golden retriever", -0.5f),
                        new QueryTerm(Kind.IMAGE, "/tmp/a.jpg", 1f),
                        new QueryTerm(Kind.PHOTO, "42", 1f));
        assertThat(parsed.lexicalWords()).containsExactly("beach", "sunset");
        assertThat(parsed.excludedWords()).containsExactly("people", "golden retriever");
    }

    @Test
    void aWeightedPlainWordStandsAlone() {
        ParsedQuery parsed = parser.parse("dog sunset^3 park");
        assertThat(parsed.terms())
                .containsExactly(new QueryTerm(Kind.TEXT, "dog park", 1f), new QueryTerm(Kind.TEXT, "sunset", 3f));
    }

    @Test
    void quotedImagePathsMayHoldSpaces() {
        ParsedQuery parsed = parser.parse("-img:\"/my photos/a b.jpg\" red");
        assertThat(parsed.terms())
                .containsExactly(
                        new QueryTerm(Kind.TEXT, "red", 1f), new QueryTerm(Kind.IMAGE, "/my photos/a b.jpg", -1f));
    }

    @Test
    void monthAndYearBecomeADateFilterAndLeaveTheRest() {
        ParsedQuery parsed = parser.parse("beach July 2023");
        assertThat(parsed.description()).isEqualTo("beach");
        assertRange(parsed.filters().taken(), "2023-07-01", "2023-08-01");
        assertThat(parsed.readFilters()).singleElement().satisfies(read -> {
            assertThat(read.kind()).isEqualTo(ReadFilter.Kind.DATE);
            assertThat(read.typed()).isEqualTo("July 2023");
            assertThat(read.label()).isEqualTo("July 2023");
            assertThat(read.undoQuery()).isEqualTo("beach \"July 2023\"");
        });
    }

    @Test
    void undoingAReadingKeepsTheWordsAsDescription() {
        ParsedQuery undone = parser.parse(
                parser.parse("beach July 2023").readFilters().getFirst().undoQuery());
        assertThat(undone.filters().taken()).isNull();
        assertThat(undone.description()).isEqualTo("beach July 2023");
        assertThat(undone.lexicalPhrases()).containsExactly("July 2023");
    }

    @Test
    void wordsKeptAsTextAreNotReadAgain() {
        ParsedQuery kept = parser.parse("beach July 2023 in lisbon", java.util.Set.of("July 2023", "IN LISBON"));
        assertThat(kept.readFilters()).isEmpty();
        assertThat(kept.filters().isEmpty()).isTrue();
        assertThat(kept.description()).isEqualTo("beach July 2023 in lisbon");
        ParsedQuery partly = parser.parse("beach July 2023 in lisbon", java.util.Set.of("in lisbon"));
        assertThat(partly.readFilters()).extracting(ReadFilter::typed).containsExactly("July 2023");
    }

    @Test
    void aYearAlone() {
        ParsedQuery parsed = parser.parse("snow 2019");
        assertThat(parsed.description()).isEqualTo("snow");
        assertRange(parsed.filters().taken(), "2019-01-01", "2020-01-01");
    }

    @Test
    void lastSummerIsTheLatestSummerAlreadyOver() {
        assertRange(parserOn("2025-01-15").parse("last summer").filters().taken(), "2024-06-01", "2024-09-01");
        assertRange(parserOn("2025-07-10").parse("last summer").filters().taken(), "2024-06-01", "2024-09-01");
        assertRange(parserOn("2025-09-10").parse("last summer").filters().taken(), "2025-06-01", "2025-09-01");
        assertThat(parserOn("2025-01-15")
                        .parse("last summer")
                        .readFilters()
                        .getFirst()
                        .label())
                .isEqualTo("summer 2024");
    }

    @Test
    void thisWinterIsTheOneUnderWay() {
        assertRange(parser.parse("this winter").filters().taken(), "2024-12-01", "2025-03-01");
        assertRange(parser.parse("winter 2019").filters().taken(), "2018-12-01", "2019-03-01");
    }

    @Test
    void southernSeasonsAreSixMonthsOn() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-15T12:00:00Z"), ZoneOffset.UTC);
        QueryParser south =
                new QueryParser(KnownPlaces.NONE, clock, ZoneOffset.UTC, true, List.of(java.util.Locale.ENGLISH));
        assertRange(south.parse("summer 2020").filters().taken(), "2019-12-01", "2020-03-01");
        assertRange(south.parse("winter 2020").filters().taken(), "2020-06-01", "2020-09-01");
    }

    @Test
    void relativeDays() {
        assertRange(parser.parse("yesterday").filters().taken(), "2025-01-14", "2025-01-15");
        assertRange(parser.parse("today").filters().taken(), "2025-01-15", "2025-01-16");
        assertRange(parser.parse("last week").filters().taken(), "2025-01-06", "2025-01-13");
        assertRange(parser.parse("last month").filters().taken(), "2024-12-01", "2025-01-01");
        assertRange(parser.parse("this year").filters().taken(), "2025-01-01", "2026-01-01");
        assertRange(parser.parse("last 3 months").filters().taken(), "2024-10-16", "2025-01-16");
        assertRange(parser.parse("last july").filters().taken(), "2024-07-01", "2024-08-01");
    }

    @Test
    void boundsAndRanges() {
        assertRange(parser.parse("before 2020").filters().taken(), null, "2020-01-01");
        assertRange(parser.parse("after 2019").filters().taken(), "2020-01-01", null);
        assertRange(parser.parse("since March 2021").filters().taken(), "2021-03-01", null);
        assertRange(parser.parse("until 2018").filters().taken(), null, "2019-01-01");
        assertRange(parser.parse("from 2019 to 2021").filters().taken(), "2019-01-01", "2022-01-01");
        assertRange(parser.parse("between May 2020 and June 2020").filters().taken(), "2020-05-01", "2020-07-01");
        assertRange(parser.parse("2019-2021").filters().taken(), "2019-01-01", "2022-01-01");
        assertRange(parser.parse("the 1990s").filters().taken(), "1990-01-01", "2000-01-01");
        assertRange(parser.parse("2023-07-14").filters().taken(), "2023-07-14", "2023-07-15");
        assertRange(parser.parse("2023-07").filters().taken(), "2023-07-01", "2023-08-01");
        assertRange(parser.parse("4 July 2023").filters().taken(), "2023-07-04", "2023-07-05");
        assertRange(parser.parse("July 4th, 2023").filters().taken(), "2023-07-04", "2023-07-05");
        assertRange(parser.parse("fireworks in 2020").filters().taken(), "2020-01-01", "2021-01-01");
    }

    @Test
    void aMonthOrSeasonAloneStaysADescription() {
        for (String text : List.of("may flowers", "summer vibes", "march of the penguins", "snow in winter")) {
            ParsedQuery parsed = parser.parse(text);
            assertThat(parsed.filters().taken()).as(text).isNull();
            assertThat(parsed.description()).as(text).isEqualTo(text);
        }
    }

    @Test
    void twoDatesMustBothHold() {
        ParsedQuery parsed = parser.parse("2019 July 2019");
        assertRange(parsed.filters().taken(), "2019-07-01", "2019-08-01");
        ParsedQuery impossible = parser.parse("2019 2020");
        assertThat(impossible.filters().taken().isEmpty()).isTrue();
        assertThat(impossible.notes()).anySatisfy(note -> assertThat(note).contains("No photo can be from"));
    }

    @Test
    void aKnownPlaceAfterInBecomesAPlaceFilter() {
        ParsedQuery parsed = parser.parse("beach in lisbon");
        assertThat(parsed.description()).isEqualTo("beach");
        assertThat(parsed.filters().places()).extracting(KnownPlace::name).containsExactly("Lisbon");
        assertThat(parsed.readFilters()).singleElement().satisfies(read -> {
            assertThat(read.kind()).isEqualTo(ReadFilter.Kind.PLACE);
            assertThat(read.typed()).isEqualTo("in lisbon");
            assertThat(read.undoQuery()).isEqualTo("beach \"in lisbon\"");
        });
    }

    @Test
    void placeNamesMatchAcrossWordsCaseAndAccents() {
        assertThat(parser.parse("pizza in new york city").filters().places())
                .extracting(KnownPlace::name)
                .containsExactly("New York City");
        assertThat(parser.parse("rain in SAO PAULO").filters().places())
                .extracting(KnownPlace::name)
                .containsExactly("São Paulo");
    }

    @Test
    void aCountryNeedsNoInWhenCapitalisedButALowercaseOneStaysAWord() {
        ParsedQuery named = parser.parse("China plate");
        assertThat(named.filters().places()).extracting(KnownPlace::name).containsExactly("China");
        assertThat(named.description()).isEqualTo("plate");

        ParsedQuery porcelain = parser.parse("china plate");
        assertThat(porcelain.filters().places()).isEmpty();
        assertThat(porcelain.description()).isEqualTo("china plate");

        assertThat(parser.parse("plate in china").filters().places())
                .extracting(KnownPlace::name)
                .containsExactly("China");
    }

    @Test
    void anUnknownPlaceStaysADescription() {
        ParsedQuery parsed = parser.parse("kids in the snow");
        assertThat(parsed.filters().places()).isEmpty();
        assertThat(parsed.description()).isEqualTo("kids in the snow");
    }

    @Test
    void datesAndPlacesTogether() {
        ParsedQuery parsed = parser.parse("tram in Lisbon last summer");
        assertThat(parsed.description()).isEqualTo("tram");
        assertThat(parsed.readFilters())
                .extracting(ReadFilter::kind)
                .containsExactlyInAnyOrder(ReadFilter.Kind.DATE, ReadFilter.Kind.PLACE);
    }

    @Test
    void onlyFiltersMeansAFilterOnlyQuery() {
        ParsedQuery parsed = parser.parse("in Lisbon 2019");
        assertThat(parsed.filterOnly()).isTrue();
        assertThat(parsed.terms()).isEmpty();
    }

    @Test
    void badInputIsReadAsWellAsItCanBe() {
        assertThat(parser.parse("").filterOnly()).isTrue();
        assertThat(parser.parse("   ").filterOnly()).isTrue();
        ParsedQuery operators = parser.parse("+ - ^ -");
        assertThat(operators.filterOnly()).isTrue();
        assertThat(operators.notes()).isNotEmpty();
        ParsedQuery badWeight = parser.parse("sunset^abc \"unclosed phrase");
        assertThat(badWeight.terms()).extracting(QueryTerm::value).containsExactly("sunset unclosed phrase");
        assertThat(badWeight.notes()).anySatisfy(note -> assertThat(note).contains("^abc"));
        assertThat(parser.parse("photo:abc").notes())
                .anySatisfy(note -> assertThat(note).contains("photo number"));
    }

    @Test
    void aHugeQueryIsCutNotRefused() {
        String huge = "red ".repeat(2500);
        ParsedQuery parsed = parser.parse(huge);
        assertThat(parsed.terms())
                .singleElement()
                .satisfies(term -> assertThat(term.value().length()).isLessThanOrEqualTo(QueryParser.MAX_TEXT_CHARS));
        assertThat(parsed.notes()).isNotEmpty();
        ParsedQuery manyTerms = parser.parse("+a ".repeat(40));
        assertThat(manyTerms.terms()).hasSize(QueryParser.MAX_TERMS);
    }

    @Test
    void dateOptionsOfTheCommandLine() {
        assertRange(parser.dateBound(true, "2021-06"), "2021-06-01", null);
        assertRange(parser.dateBound(false, "2022"), null, "2022-01-01");
        assertRange(parser.dateBound(true, "last summer"), "2024-06-01", null);
        assertThatThrownBy(() -> parser.dateBound(true, "someday"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("someday")
                .hasMessageContaining("2021-06");
    }
}
