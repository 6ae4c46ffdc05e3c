package dev.fovea.search.query;

import static dev.fovea.search.query.ColourWords.axis;
import static dev.fovea.testing.TestPhotos.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import dev.fovea.search.index.Orientation;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.query.filter.DateRange;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.query.parse.QueryParser;
import dev.fovea.search.query.place.GeoBox;
import dev.fovea.search.query.place.KnownPlace;
import dev.fovea.search.query.place.KnownPlaces;
import dev.fovea.testing.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searching a synthetic library whose embeddings mean colours: 20 red (ids 1-20), 20 green (21-40),
 * 20 blue (41-60), 10 purple (red and blue, 61-70), and 200 photos of no colour in particular (1000-1199).
 */
class PhotoSearchTest {
    private static final long RED_FIRST = 1;
    private static final long PURPLE_FIRST = 61;
    private static final long TWIN = 71;

    @TempDir
    static Path dir;

    static VectorIndex index;
    static PhotoSearch search;
    static ColourWords encoder;
    static final Map<Long, StoredPhoto> photos = new HashMap<>();
    static Path outsideImage;

    @BeforeAll
    static void buildLibrary() throws Exception {
        Random random = new Random(7);
        index = VectorIndex.open(dir.resolve("index"), ColourWords.DIMENSIONS);
        float[] first = null;
        for (long id = 1; id <= 60; id++) {
            float[] vector = colour(random, (int) ((id - 1) / 20), 0.25f);
            first = first == null ? vector : first;
            add(described(photo(id, vector), id));
        }
        for (long id = PURPLE_FIRST; id < PURPLE_FIRST + 10; id++) {
            float[] purple = colour(random, 0, 0.25f);
            purple[2] += 2f;
            add(described(photo(id, purple), id));
        }
        // A near-identical copy of red photo 1 (a re-encoded export).
        float[] twin = first.clone();
        twin[5] += 0.05f;
        add(photo(TWIN, twin).in("/lib/exports").named("IMG_1-edit.jpg"));
        for (long id = 1000; id < 1200; id++) {
            // No particular colour, and nothing along the direction of words that are not colours.
            float[] plain = new float[ColourWords.DIMENSIONS];
            for (int i = 0; i < plain.length - 1; i++) {
                plain[i] = (float) random.nextGaussian() * (i < ColourWords.COLOURS.size() ? 0.01f : 1f);
            }
            add(photo(id, plain).in("/lib/misc/" + (id % 7)).takenAt(millis("2018-05-0" + (1 + id % 9))));
        }
        index.upsert(photo(5000, colour(random, 3, 0.25f))
                .in("/lib/trips/Lisbon")
                .named("tram.jpg")
                .build());
        index.commit();
        outsideImage = Files.writeString(dir.resolve("outside.png"), "not really a png");
        encoder = new ColourWords(Map.of("outside.png", axis(1)));
        KnownPlaces places = KnownPlaces.of(
                List.of(new KnownPlace("Lisbon", List.of("/lib/trips/Lisbon", "/lib/trip/Lisbon"), null)));
        Clock clock = Clock.fixed(Instant.parse("2025-01-15T12:00:00Z"), ZoneOffset.UTC);
        search = new PhotoSearch(index, encoder, new QueryParser(places, clock, ZoneOffset.UTC));
        try (var view = index.view()) {
            for (int doc : view.liveDocs()) {
                StoredPhoto indexed = view.photo(doc);
                photos.put(indexed.photoId(), indexed);
            }
        }
    }

    @AfterAll
    static void close() {
        index.close();
    }

    /** Metadata that varies with the id, so each filter keeps a known part of each colour. */
    private static TestPhotos described(TestPhotos photo, long id) {
        String folder = id <= 5 ? "/lib/trip/Lisbon" : "/lib/colours/" + (id % 2 == 0 ? "even" : "odd");
        photo.in(folder).takenAt(millis((2019 + id % 3) + "-0" + (1 + id % 9) + "-15"));
        photo.camera(id % 2 == 0 ? "Google" : "Canon", id % 2 == 0 ? "Pixel 7" : "EOS R5");
        photo.named("IMG_" + id + (id % 4 == 0 ? ".png" : ".jpg"));
        photo.size(id % 5 == 0 ? 3000 : 4000, id % 5 == 0 ? 4000 : 3000);
        if (id % 3 == 0) {
            photo.at(38.7 + id / 1000.0, -9.1);
        }
        return photo;
    }

    private static void add(TestPhotos photo) {
        index.upsert(photo.build());
    }

    private static float[] colour(Random random, int axis, float noise) {
        float[] vector = new float[ColourWords.DIMENSIONS];
        vector[axis] = 2f;
        for (int i = ColourWords.COLOURS.size(); i < vector.length - 1; i++) {
            vector[i] += (float) random.nextGaussian() * noise;
        }
        return vector;
    }

    private static long millis(String isoDay) {
        return LocalDate.parse(isoDay).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.photo().photoId()).toList();
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    private static SearchResults search(String text) {
        return search.search(SearchRequest.of(text).withCollapsedDuplicates(false));
    }

    @Test
    void aColourFindsItsPhotosAboveTheCutAndNoOthers() {
        SearchResults red = search("red");
        List<Long> reds = java.util.stream.Stream.concat(range(1, 20).stream(), java.util.stream.Stream.of(TWIN))
                .toList();
        assertThat(ids(red.relevant()).subList(0, reds.size())).containsExactlyInAnyOrderElementsOf(reds);
        assertThat(ids(red.relevant()))
                .doesNotContainAnyElementsOf(range(21, 60))
                .doesNotContainAnyElementsOf(range(1000, 1199));
        assertThat(red.hits()).allSatisfy(hit -> assertThat(hit.relevant()).isTrue());
        assertThat(red.moreBelowCut()).isTrue();
        assertThat(red.relevant())
                .allSatisfy(hit -> assertThat(hit.reasons())
                        .extracting(MatchReason::kind)
                        .containsExactly(MatchReason.Kind.LOOKS_LIKE));
    }

    @Test
    void showMoreBringsWhatLiesBelowTheCut() {
        SearchResults more = search.search(SearchRequest.of("green")
                .withCollapsedDuplicates(false)
                .withBelowCut(true)
                .withLimit(100));
        assertThat(more.relevantCount()).isEqualTo(20);
        assertThat(more.hits()).hasSize(100);
        assertThat(more.belowCut()).allSatisfy(hit -> assertThat(hit.relevant()).isFalse());
        assertThat(more.belowCut().getFirst().similarity()).isLessThan(more.cutoff());
        assertThat(more.relevant().getLast().similarity()).isGreaterThanOrEqualTo(more.cutoff());
    }

    @Test
    void aMinusTermPushesItsPhotosDown() {
        List<Long> red = ids(search.search(SearchRequest.of("red")
                        .withCollapsedDuplicates(false)
                        .withBelowCut(true)
                        .withLimit(40))
                .hits());
        List<Long> redNotBlue = ids(search.search(SearchRequest.of("red -blue")
                        .withCollapsedDuplicates(false)
                        .withBelowCut(true)
                        .withLimit(40))
                .hits());
        Predicate<Long> purple = id -> id >= PURPLE_FIRST && id < PURPLE_FIRST + 10;
        int firstPurpleBefore = indexOfFirst(red, purple);
        int firstPurpleAfter = indexOfFirst(redNotBlue, purple);
        assertThat(firstPurpleBefore)
                .as("purple photos are red enough to appear for 'red'")
                .isLessThan(30);
        assertThat(firstPurpleAfter).as("after -blue").isGreaterThan(firstPurpleBefore);
        assertThat(redNotBlue.subList(0, 21)).noneMatch(purple);
    }

    private static int indexOfFirst(List<Long> ids, Predicate<Long> test) {
        for (int i = 0; i < ids.size(); i++) {
            if (test.test(ids.get(i))) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void weightsShiftTheBalanceBetweenTerms() {
        List<Long> mostlyBlue = ids(search("red +blue^4").hits());
        assertThat(mostlyBlue.getFirst()).isBetween(41L, 70L);
        List<Long> mostlyRed = ids(search("red^4 +blue").hits());
        assertThat(mostlyRed.getFirst()).isNotIn(range(41, 60));
    }

    @Test
    void filtersAreAppliedInsideTheVectorSearch() {
        // A quarter of the reddish photos are PNGs; filtering the best five afterwards would keep one or two.
        SearchResults png = search.search(SearchRequest.of("red")
                .withCollapsedDuplicates(false)
                .withLimit(5)
                .withFilters(SearchFilters.NONE.withFileTypes(List.of("PNG"))));
        assertThat(png.relevant())
                .hasSize(5)
                .allSatisfy(hit -> assertThat(hit.photo().fileType()).isEqualTo("png"));
        assertThat(ids(png.relevant())).isSubsetOf(4L, 8L, 12L, 16L, 20L, 64L, 68L);
    }

    @Test
    void eachFilterKeepsOnlyWhatItMust() {
        assertFilter(SearchFilters.NONE.withCameras(List.of("pixel")), photo -> "Pixel 7".equals(photo.cameraModel()));
        assertFilter(SearchFilters.NONE.withCameras(List.of("canon eos")), photo -> "Canon".equals(photo.cameraMake()));
        assertFilter(
                SearchFilters.NONE.withFolders(List.of("/lib/colours")),
                photo -> photo.folder().startsWith("/lib/colours/"));
        assertFilter(
                SearchFilters.NONE.withFolders(List.of("even")),
                photo -> photo.folder().endsWith("/even"));
        assertFilter(SearchFilters.NONE.withOrientation(Orientation.PORTRAIT), photo -> photo.height() > photo.width());
        assertFilter(SearchFilters.NONE.withHasLocation(true), photo -> photo.latitude() != null);
        assertFilter(SearchFilters.NONE.withHasLocation(false), photo -> photo.latitude() == null);
        assertFilter(
                SearchFilters.NONE.withArea(new GeoBox(38.70, -9.2, 38.705, -9.0)),
                photo -> photo.latitude() != null && photo.latitude() <= 38.705);
        DateRange in2020 = new DateRange(millis("2020-01-01"), millis("2021-01-01"), "2020");
        assertFilter(
                SearchFilters.NONE.withTaken(in2020),
                photo -> photo.takenAtMillis() != null && in2020.contains(photo.takenAtMillis()));
    }

    private static void assertFilter(SearchFilters filters, Predicate<StoredPhoto> keeps) {
        List<Long> expected =
                range(1, 20).stream().filter(id -> keeps.test(photos.get(id))).toList();
        assertThat(expected).as("the filter keeps some red photos").isNotEmpty().hasSizeLessThan(20);
        SearchResults results = search.search(
                SearchRequest.of("red").withCollapsedDuplicates(false).withFilters(filters));
        assertThat(results.hits())
                .as(filters.toString())
                .allSatisfy(hit -> assertThat(keeps.test(hit.photo())).isTrue());
        assertThat(ids(results.relevant())).as(filters.toString()).containsAll(expected);
    }

    @Test
    void datesAndPlacesTypedInTheQueryFilter() {
        SearchResults results = search("red 2020");
        assertThat(results.query().readFilters())
                .singleElement()
                .satisfies(read -> assertThat(read.label()).isEqualTo("2020"));
        List<Long> reddish = java.util.stream.Stream.concat(
                        range(1, 20).stream(), range(PURPLE_FIRST, PURPLE_FIRST + 9).stream())
                .toList();
        assertThat(ids(results.relevant()))
                .containsExactlyInAnyOrderElementsOf(
                        reddish.stream().filter(id -> id % 3 == 1).toList());

        SearchResults lisbon = search("red in Lisbon");
        assertThat(ids(lisbon.relevant())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void similarToALibraryPhotoStartsWithThePhotoItself() {
        SearchResults similar = search.similarTo(30, SearchFilters.NONE, 10);
        assertThat(similar.hits().getFirst().photo().photoId()).isEqualTo(30);
        assertThat(similar.hits().getFirst().similarity()).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(ids(similar.relevant())).allMatch(id -> id >= 21 && id <= 40);
    }

    @Test
    void similarToAnImageOutsideTheLibraryEmbedsIt() {
        SearchResults similar = search.similarTo(outsideImage, SearchFilters.NONE, 20);
        assertThat(ids(similar.relevant())).containsExactlyInAnyOrderElementsOf(range(21, 40));
    }

    @Test
    void imageTermsCombineWithText() {
        SearchResults results = search("img:" + outsideImage + " -red");
        assertThat(ids(results.relevant())).containsAll(range(21, 40)).doesNotContainAnyElementsOf(range(1, 20));
    }

    @Test
    void aMissingImageIsAClearError() {
        assertThatThrownBy(() -> search("img:/no/such/file.jpg"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("/no/such/file.jpg")
                .hasMessageContaining("no such image file");
        assertThatThrownBy(() -> search("photo:999999"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("not in the library");
    }

    @Test
    void relevanceFeedbackPullsTowardLikedPhotos() {
        SearchRequest plain = SearchRequest.of("red")
                .withCollapsedDuplicates(false)
                .withBelowCut(true)
                .withLimit(60);
        List<Long> before = ids(search.search(plain).hits());
        List<Long> after = ids(search.search(plain.withFeedback(List.of(PURPLE_FIRST, PURPLE_FIRST + 1), List.of()))
                .hits());
        assertThat(indexOfFirst(after, id -> id >= PURPLE_FIRST && id < PURPLE_FIRST + 10))
                .isLessThan(indexOfFirst(before, id -> id >= PURPLE_FIRST && id < PURPLE_FIRST + 10));
        List<Long> less =
                ids(search.search(plain.withFeedback(List.of(), List.of(1L))).hits());
        assertThat(less.indexOf(1L)).isGreaterThan(before.indexOf(1L));
    }

    @Test
    void nearDuplicatesCollapseIntoTheirBestMember() {
        SearchResults collapsed = search.search(SearchRequest.of("red"));
        SearchHit leader = collapsed.hits().stream()
                .filter(hit -> hit.photo().photoId() == 1 || hit.photo().photoId() == TWIN)
                .findFirst()
                .orElseThrow();
        assertThat(ids(leader.duplicates())).containsExactly(leader.photo().photoId() == 1 ? TWIN : 1L);
        assertThat(ids(collapsed.hits()))
                .containsOnlyOnce(leader.photo().photoId())
                .doesNotContainAnyElementsOf(ids(leader.duplicates()));
        assertThat(ids(search("red").hits())).contains(1L, TWIN);
    }

    @Test
    void stackingReadsOnlyAsFarAsTheResultsReachAndGroupsTheSame() {
        SearchResults strong = search.search(SearchRequest.of("red").withLimit(200));
        SearchResults all = search.search(SearchRequest.of("red").withLimit(200).withBelowCut(true));
        assertThat(strong.moreBelowCut()).isTrue();
        assertThat(all.hits()).hasSizeGreaterThan(strong.hits().size());
        assertThat(strong.hits())
                .extracting(hit -> hit.photo().photoId(), hit -> ids(hit.duplicates()))
                .containsExactlyElementsOf(all.relevant().stream()
                        .map(hit ->
                                org.assertj.core.groups.Tuple.tuple(hit.photo().photoId(), ids(hit.duplicates())))
                        .toList());
    }

    @Test
    void anAbandonedSearchStops() {
        assertThatThrownBy(() -> search.search(search.parse("red"), SearchRequest.of("red"), () -> true))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(search.search(search.parse("red"), SearchRequest.of("red"), () -> false)
                        .relevant())
                .isNotEmpty();
    }

    @Test
    void aLoneLetterMatchesNoNameButAWordPartDoes() {
        // "EOS R5" is split into eos, r5, r and 5: the letter alone matched half the Canon photos by accident.
        assertThat(search("r").hits())
                .allSatisfy(hit -> assertThat(hit.reasons())
                        .extracting(MatchReason::kind)
                        .doesNotContain(MatchReason.Kind.CAMERA));
        assertThat(search("r5").relevant())
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.reasons()).contains(new MatchReason(MatchReason.Kind.CAMERA, "r5")));
    }

    @Test
    void namesMatchLexicallyAndSayWhy() {
        SearchResults tram = search("tram");
        assertThat(tram.relevant()).singleElement().satisfies(hit -> {
            assertThat(hit.photo().photoId()).isEqualTo(5000);
            assertThat(hit.reasons()).contains(new MatchReason(MatchReason.Kind.FILE_NAME, "tram"));
        });
        SearchResults canon = search("canon");
        assertThat(ids(canon.relevant()))
                .containsAll(range(1, 70).stream().filter(id -> id % 2 == 1).toList());
        assertThat(canon.relevant())
                .allSatisfy(
                        hit -> assertThat(hit.reasons()).contains(new MatchReason(MatchReason.Kind.CAMERA, "canon")));
    }

    @Test
    void aWordEveryPhotoHasIsNoLexicalMatch() {
        SearchResults lib = search("lib");
        assertThat(lib.relevant())
                .allSatisfy(hit -> assertThat(hit.reasons())
                        .extracting(MatchReason::kind)
                        .doesNotContain(MatchReason.Kind.FOLDER_NAME));
    }

    @Test
    void lexicalAndSemanticMatchesFuse() {
        SearchResults results = search("yellow Lisbon");
        SearchHit tram = results.hits().getFirst();
        assertThat(tram.photo().photoId()).isEqualTo(5000);
        assertThat(tram.reasons())
                .extracting(MatchReason::kind)
                .contains(MatchReason.Kind.LOOKS_LIKE, MatchReason.Kind.FOLDER_NAME);
    }

    @Test
    void onlyNegativeTermsRankTheRestOfTheLibrary() {
        SearchResults notRed = search.search(SearchRequest.of("-red")
                .withCollapsedDuplicates(false)
                .withBelowCut(true)
                .withLimit(100));
        assertThat(ids(notRed.hits())).doesNotContainAnyElementsOf(range(1, 20));
    }

    @Test
    void termsThatCancelOutSaySo() {
        assertThatThrownBy(() -> search("red -red"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("cancel");
    }

    @Test
    void filtersAloneListTheNewestPhotos() {
        SearchResults results = search.search(SearchRequest.of("2018").withLimit(5));
        assertThat(results.hits()).hasSize(5);
        assertThat(results.hits())
                .allSatisfy(hit -> assertThat(hit.reasons())
                        .extracting(MatchReason::kind)
                        .containsExactly(MatchReason.Kind.FILTERS));
        List<Long> dates =
                results.hits().stream().map(hit -> hit.photo().takenAtMillis()).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void anEmptyQueryListsTheNewestPhotos() {
        for (String text : List.of("", "   ", "+ -")) {
            SearchResults results = search.search(SearchRequest.of(text).withLimit(10));
            assertThat(results.hits()).as(text).hasSize(10);
            List<Long> dates = results.hits().stream()
                    .map(hit -> hit.photo().takenAtMillis())
                    .toList();
            assertThat(dates).as(text).doesNotContainNull().isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(dates.getFirst())
                    .isEqualTo(photos.values().stream()
                            .map(StoredPhoto::takenAtMillis)
                            .filter(java.util.Objects::nonNull)
                            .max(Long::compare)
                            .orElseThrow());
        }
    }

    @Test
    void aFilterValueNoPhotoHasIsExplained() {
        SearchResults results =
                search.search(SearchRequest.of("red").withFilters(SearchFilters.NONE.withFileTypes(List.of("xyz"))));
        assertThat(results.hits()).isEmpty();
        assertThat(results.warnings())
                .singleElement()
                .satisfies(warning -> assertThat(warning).contains("'xyz'").contains("jpg, png"));
        SearchResults camera = search.search(
                SearchRequest.of("red").withFilters(SearchFilters.NONE.withCameras(List.of("hasselblad"))));
        assertThat(camera.warnings())
                .singleElement()
                .satisfies(warning -> assertThat(warning).contains("hasselblad"));
    }

    @Test
    void repeatedTextsAreEmbeddedOnce() {
        int before = encoder.textCalls.get();
        search("blue yellow green");
        search("blue yellow green");
        assertThat(encoder.textCalls.get() - before).isEqualTo(1);
    }

    @Test
    void eachStageOfASearchIsAFlightRecorderEvent() throws Exception {
        Path file = dir.resolve("stages.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("dev.fovea.SearchStage");
            recording.start();
            search.search(SearchRequest.of("red tram"));
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> stages = RecordingFile.readAllEvents(file).stream()
                .sorted(Comparator.comparing(RecordedEvent::getStartTime))
                .toList();
        assertThat(stages)
                .extracting(stage -> stage.getString("stage"))
                .containsExactly(
                        "parse",
                        "filters",
                        "embed",
                        "lexical query",
                        "cut",
                        "nearest",
                        "by name",
                        "rank",
                        "groups",
                        "hits",
                        "warnings");
        assertThat(stages)
                .allSatisfy(stage -> assertThat(stage.getString("query")).isEqualTo("red tram"));
    }
}
