package dev.fovea.app.desktop.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.backend.LibraryFolder;
import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.PhotoDetails;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.backend.ShownResults;
import dev.fovea.app.desktop.backend.TypedSearch;
import dev.fovea.app.desktop.testing.ColourPhotos;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop app's backends over a real home, without a window: the model imported into the store, a folder
 * of generated colour photos added and indexed as the app does it, then searched the ways the app asks.
 */
class HomeBackendsTest {
    @TempDir
    static Path work;

    static List<ColourPhotos.Photo> photos;
    static DesktopBackend backend;
    static IndexingStatus finished;

    @BeforeAll
    static void indexAsTheFirstRunDoes() throws Exception {
        photos = ColourPhotos.write(work.resolve("photos"), 4);
        backend = HomeBackends.open(new FoveaHome(work.resolve("home")));
        assertThat(backend.library().folders()).isEmpty();
        assertThat(backend.models().active()).isEmpty();
        assertThat(backend.search().search(browse(PanelFilters.NONE)).hits()).isEmpty();

        backend.models()
                .use(backend.models().importFrom(TestData.fixtureModel()).id());
        backend.library().addFolder(work.resolve("photos"));
        CountDownLatch done = new CountDownLatch(1);
        backend.library().addIndexingListener(progress -> {
            if (progress.state() == IndexingStatus.State.FINISHED) {
                finished = progress;
                done.countDown();
            }
        });
        backend.library().startIndexing();
        assertThat(done.await(60, TimeUnit.SECONDS)).as("indexing finished").isTrue();
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    private static TypedSearch browse(PanelFilters filters) {
        return new TypedSearch("", filters, Set.of(), false, false);
    }

    private static TypedSearch text(String query) {
        return new TypedSearch(query, PanelFilters.NONE, Set.of(), false, false);
    }

    private static ColourPhotos.Photo generated(PhotoHit hit) {
        return ColourPhotos.find(photos, hit.path()).orElseThrow();
    }

    @Test
    void indexingReportsEveryPhotoAndTheLibraryCountsThem() {
        assertThat(finished.done()).isEqualTo(photos.size());
        assertThat(backend.library().status().indexed()).isEqualTo(photos.size());
        assertThat(backend.library().status().modelId()).isEqualTo("fixture-colour");
        assertThat(backend.library().folders()).singleElement().satisfies(folder -> {
            assertThat(folder.path()).isEqualTo(work.resolve("photos"));
            assertThat(folder.indexed()).isEqualTo(photos.size());
            assertThat(folder.reachable()).isTrue();
        });
    }

    @Test
    void browsingListsEveryPhotoNewestFirstWithItsThumbnailOnDisk() {
        List<PhotoHit> hits = backend.search().search(browse(PanelFilters.NONE)).hits();
        assertThat(hits)
                .hasSize(photos.size())
                .allSatisfy(hit -> assertThat(hit.hasScore()).isFalse());
        List<PhotoHit> dated =
                hits.stream().filter(hit -> hit.takenAt() != null).toList();
        assertThat(dated).extracting(PhotoHit::takenAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dated)
                .allSatisfy(hit -> assertThat(hit.takenAt().toLocalDate())
                        .isEqualTo(generated(hit).taken()));
        assertThat(hits)
                .allSatisfy(hit -> assertThat(
                                Path.of(java.net.URI.create(backend.thumbnails().url(hit.contentHash()))))
                        .exists());
    }

    @Test
    void aFirstPageListedAheadIsTheFirstPhotosOfTheListing() {
        List<PhotoHit> listed =
                backend.search().search(browse(PanelFilters.NONE)).hits();
        backend.search().open(browse(PanelFilters.NONE), 3);
        assertThat(backend.search().firstPage(browse(PanelFilters.NONE), 3).hits())
                .containsExactlyElementsOf(listed.subList(0, 3));
        // Only the first page asked for takes what was listed ahead; later ones list again.
        assertThat(backend.search().firstPage(browse(PanelFilters.NONE), 5).hits())
                .containsExactlyElementsOf(listed.subList(0, 5));
    }

    @Test
    void aColourWordFindsThatColourFirstAndTheNameMatchIsSaid() {
        ShownResults results = backend.search().search(text("blue"));
        List<PhotoHit> shown = results.hits().stream()
                .flatMap(hit -> Stream.concat(Stream.of(hit), hit.stacked().stream()))
                .toList();
        long blue =
                photos.stream().filter(photo -> photo.colour().equals("blue")).count();
        assertThat(shown.subList(0, (int) blue))
                .allSatisfy(hit -> assertThat(generated(hit).colour()).isEqualTo("blue"));
        assertThat(results.hits().getFirst().lexicalHits()).contains("blue");
    }

    @Test
    void theWarmUpRunsOnTheLibraryAndLeavesItsAnswersAsTheyWere() {
        List<Long> before = backend.search().search(text("blue")).hits().stream()
                .map(PhotoHit::photoId)
                .toList();
        backend.search().warmUp(text(""));
        assertThat(backend.search().search(text("blue")).hits())
                .extracting(PhotoHit::photoId)
                .isNotEmpty()
                .containsExactlyElementsOf(before);
    }

    @Test
    void panelFiltersKeepOnlyWhatPasses() {
        PanelFilters canonIn2022 = PanelFilters.NONE
                .withCamera("Canon EOS R6")
                .withDates(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        List<PhotoHit> hits = backend.search().search(browse(canonIn2022)).hits();
        List<ColourPhotos.Photo> expected = photos.stream()
                .filter(photo ->
                        "Canon EOS R6".equals(photo.camera()) && photo.taken().getYear() == 2022)
                .toList();
        assertThat(hits)
                .extracting(PhotoHit::path)
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(ColourPhotos.Photo::path).toList());

        Path beach = work.resolve("photos/Beach");
        assertThat(backend.search()
                        .search(browse(PanelFilters.NONE.withFolder(beach).withFileType("png")))
                        .hits())
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.path()).startsWith(beach))
                .allSatisfy(hit -> assertThat(hit.fileName()).endsWith(".png"));
        assertThat(backend.search()
                        .search(browse(PanelFilters.NONE.withLocation(true)))
                        .hits())
                .hasSize((int)
                        photos.stream().filter(ColourPhotos.Photo::located).count());
    }

    @Test
    void aYearTypedIsReadAsAFilterUnlessKeptAsWords() {
        ShownResults read = backend.search().search(text("red 2022"));
        assertThat(read.readAsFilters())
                .singleElement()
                .satisfies(filter -> assertThat(filter.phrase()).isEqualTo("2022"));
        assertThat(read.hits())
                .allSatisfy(hit -> assertThat(generated(hit).taken().getYear()).isEqualTo(2022));

        ShownResults kept =
                backend.search().search(new TypedSearch("red 2022", PanelFilters.NONE, Set.of("2022"), false, false));
        assertThat(kept.readAsFilters()).isEmpty();
    }

    @Test
    void showMoreAddsWhatLiesBelowTheCut() {
        ShownResults cut = backend.search().search(text("yellow"));
        ShownResults all = backend.search().search(new TypedSearch("yellow", PanelFilters.NONE, Set.of(), true, false));
        assertThat(cut.moreBelowCut()).isTrue();
        assertThat(all.moreBelowCut()).isFalse();
        assertThat(all.hits())
                .hasSizeGreaterThan(cut.hits().size())
                .startsWith(cut.hits().toArray(PhotoHit[]::new));
    }

    @Test
    void aSearchNobodyWaitsForStopsAndTheNextIsAnswered() {
        assertThatThrownBy(() -> backend.search().search(text("yellow"), () -> true))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(backend.search().search(text("yellow"), () -> false).hits())
                .isEqualTo(backend.search().search(text("yellow")).hits())
                .isNotEmpty();
    }

    @Test
    void similarToAPhotoPutsItFirstAndAnImageFileFindsItsColour() throws Exception {
        PhotoHit chosen =
                backend.search().search(browse(PanelFilters.NONE)).hits().get(7);
        assertThat(backend.search()
                        .similarToPhoto(chosen.photoId(), PanelFilters.NONE)
                        .hits()
                        .getFirst()
                        .photoId())
                .isEqualTo(chosen.photoId());

        Path dropped = ColourPhotos.picture(work.resolve("dropped/purple.png"), "purple");
        assertThat(generated(backend.search()
                                .similarToImage(dropped, PanelFilters.NONE)
                                .hits()
                                .getFirst())
                        .colour())
                .isEqualTo("purple");
    }

    @Test
    void detailsAndFilterChoicesComeFromTheCatalogue() {
        ColourPhotos.Photo located =
                photos.stream().filter(ColourPhotos.Photo::located).findFirst().orElseThrow();
        PhotoHit hit = backend.search().search(browse(PanelFilters.NONE)).hits().stream()
                .filter(candidate -> candidate.path().equals(located.path()))
                .findFirst()
                .orElseThrow();
        PhotoDetails details = backend.library().details(hit.photoId()).orElseThrow();
        assertThat(details.path()).isEqualTo(located.path());
        assertThat(located.camera()).endsWith(details.cameraModel());
        assertThat(details.takenAt().toLocalDate()).isEqualTo(located.taken());
        assertThat(details.hasLocation()).isTrue();
        assertThat(details.width()).isEqualTo(480);

        var choices = backend.library().filterChoices();
        assertThat(choices.cameras()).containsExactly("Canon EOS R6", "Google Pixel 7");
        assertThat(choices.fileTypes()).containsExactly("jpg", "png");
        assertThat(choices.folders())
                .contains(work.resolve("photos"), work.resolve("photos/Beach"), work.resolve("photos/Garden"));
    }

    @Test
    void aFolderOutsideTheLibraryIsRefusedWithItsName() {
        Path missing = work.resolve("no-such-folder");
        assertThat(Files.exists(missing)).isFalse();
        assertThatThrownBy(() -> backend.library().addFolder(missing))
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not a folder");
        assertThat(backend.library().folders()).extracting(LibraryFolder::path).containsExactly(work.resolve("photos"));
    }
}
