package dev.fovea.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.catalog.IndexJournal;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.catalog.PhotoTable;
import dev.fovea.indexer.catalog.PlaceTable;
import dev.fovea.indexer.catalog.PlaceTable.PlaceCount;
import dev.fovea.indexer.index.ModelIndex;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.ExifBuilder;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.QueryEncoder;
import dev.fovea.search.query.SearchHit;
import dev.fovea.search.query.SearchRequest;
import dev.fovea.search.query.SearchResults;
import dev.fovea.search.query.parse.QueryParser;
import dev.fovea.search.query.parse.ReadFilter;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos the test writes with GPS at known cities: their places, the places as filters, and old libraries. */
class LibraryPlacesTest {
    @TempDir
    Path temp;

    Path photos;
    Path home;
    int seed;

    @BeforeEach
    void library() throws Exception {
        photos = temp.resolve("photos");
        home = temp.resolve("home");
        photo("DCIM/100APPLE/kyoto1.jpg", 35.0116, 135.7681);
        photo("DCIM/100APPLE/kyoto2.jpg", 35.0030, 135.7780);
        photo("DCIM/100APPLE/sydney.jpg", -33.8688, 151.2093);
        photo("DCIM/100APPLE/saopaulo.jpg", -23.5505, -46.6333);
        photo("DCIM/100APPLE/lisbon.jpg", 38.7223, -9.1393);
        photo("DCIM/100APPLE/porto.jpg", 41.1496, -8.6110);
        photo("DCIM/100APPLE/gaia.jpg", 41.1240, -8.6120);
        photo("DCIM/100APPLE/valenca.jpg", 42.0300, -8.6420);
        photo("DCIM/100APPLE/tui.jpg", 42.0470, -8.6440);
        photo("DCIM/100APPLE/atlantic.jpg", 30.0, -40.0);
        photo("DCIM/100APPLE/nullisland.jpg", 0.0, 0.0);
        TestPhotos.jpegWithExif(
                photos.resolve("DCIM/100APPLE/noref.jpg"),
                64,
                48,
                seed++,
                new ExifBuilder().gpsWithoutReferences(35.0116, 135.7681));
        TestPhotos.jpeg(photos.resolve("Kyoto 2019/temple.jpg"), 64, 48, seed++);
    }

    private void photo(String path, double latitude, double longitude) throws Exception {
        TestPhotos.jpegWithExif(photos.resolve(path), 64, 48, seed++, new ExifBuilder().gps(latitude, longitude));
    }

    private static void index(Library library) throws InterruptedException {
        library.startIndexing(new ColourEncoder(), new ImageIoDecoding(), IndexingOptions.defaults(), null)
                .await();
    }

    private static List<String> names(SearchResults results) {
        return results.hits().stream()
                .map(SearchHit::photo)
                .map(photo -> Path.of(photo.path()).getFileName().toString())
                .sorted()
                .toList();
    }

    private static SearchResults search(Library library, String text) {
        QueryEncoder none = new QueryEncoder() {
            @Override
            public float[] embedText(String query) {
                throw new AssertionError("a place-only query needs no text embedding: " + query);
            }

            @Override
            public float[] embedImage(Path image) {
                throw new AssertionError("no image query here");
            }
        };
        try (SearchIndex index = library.searchIndex().orElseThrow()) {
            PhotoSearch search = new PhotoSearch(
                    index.index(), none, new QueryParser(index.places(), Clock.systemUTC(), ZoneOffset.UTC));
            return search.search(SearchRequest.of(text).withCollapsedDuplicates(false));
        }
    }

    @Test
    void everyPhotoWithCoordinatesNearACityKnowsItsPlace() throws Exception {
        try (Library library = Library.open(home)) {
            library.addRoot(photos);
            index(library);

            List<PlaceCount> places = library.places();
            assertThat(places)
                    .extracting(PlaceCount::city, PlaceCount::countryCode, PlaceCount::photos)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("Kyoto", "JP", 2L),
                            org.assertj.core.groups.Tuple.tuple("Sydney", "AU", 1L),
                            org.assertj.core.groups.Tuple.tuple("São Paulo", "BR", 1L),
                            org.assertj.core.groups.Tuple.tuple("Lisbon", "PT", 1L),
                            org.assertj.core.groups.Tuple.tuple("Porto", "PT", 1L),
                            org.assertj.core.groups.Tuple.tuple("Vila Nova de Gaia", "PT", 1L),
                            org.assertj.core.groups.Tuple.tuple("Valença", "PT", 1L),
                            org.assertj.core.groups.Tuple.tuple("Tui", "ES", 1L));
        }
    }

    @Test
    void theOneBoxReadsPlacesAsFiltersThatKeepExactlyTheirPhotos() throws Exception {
        try (Library library = Library.open(home)) {
            library.addRoot(photos);
            index(library);

            SearchResults kyoto = search(library, "in Kyoto");
            assertThat(names(kyoto))
                    .as("the GPS photos and, as before, the photo in a folder named Kyoto")
                    .containsExactly("kyoto1.jpg", "kyoto2.jpg", "temple.jpg");
            assertThat(kyoto.query().readFilters()).singleElement().satisfies(read -> {
                assertThat(read.kind()).isEqualTo(ReadFilter.Kind.PLACE);
                assertThat(read.undoQuery()).isEqualTo("\"in Kyoto\"");
            });
            assertThat(names(search(library, "Portugal")))
                    .containsExactly("gaia.jpg", "lisbon.jpg", "porto.jpg", "valenca.jpg");
            assertThat(names(search(library, "in Porto")))
                    .as("Gaia is a city of the Porto district")
                    .containsExactly("gaia.jpg", "porto.jpg");
            assertThat(names(search(library, "in Tui"))).containsExactly("tui.jpg");
            assertThat(names(search(library, "near Tui")))
                    .as("near reaches across the border")
                    .containsExactly("tui.jpg", "valenca.jpg");
            assertThat(names(search(library, "in Lisboa"))).containsExactly("lisbon.jpg");
            assertThat(names(search(library, "Espanha"))).containsExactly("tui.jpg");
            assertThat(names(search(library, "in Brasil"))).containsExactly("saopaulo.jpg");
            assertThat(new QueryParser(library.knownPlaces(), Clock.systemUTC(), ZoneOffset.UTC)
                            .parse("\"in Kyoto\"")
                            .readFilters())
                    .as("the undo query keeps the words as words")
                    .isEmpty();
        }
    }

    @Test
    void aLibraryCataloguedBeforePlacesGetsThemWithoutEmbeddingAgain() throws Exception {
        ColourEncoder encoder = new ColourEncoder();
        try (Library library = Library.open(home)) {
            library.addRoot(photos);
            library.startIndexing(encoder, new ImageIoDecoding(), IndexingOptions.defaults(), null)
                    .await();
            // Back to a library from before places: no names in the catalog, none in the index documents.
            library.catalog().write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DELETE FROM photo_places");
                    statement.execute("DELETE FROM settings WHERE key = '" + PlaceTable.DATA_KEY + "'");
                }
                IndexJournal.touch(
                        connection,
                        PhotoTable.all(connection).stream().map(PhotoRow::id).toList());
                return null;
            });
            ModelIndex index = library.index(encoder.modelId(), encoder.dimensions());
            index.sync();
            index.commit();
        }
        long embedded = encoder.encodedImages.get();
        try (Library library = Library.open(home)) {
            library.startIndexing(encoder, new ImageIoDecoding(), IndexingOptions.defaults(), null)
                    .await();
            assertThat(library.places()).hasSize(8);
            assertThat(names(search(library, "in Sydney"))).containsExactly("sydney.jpg");
            assertThat(library.verify().consistent()).isTrue();
        }
        assertThat(encoder.encodedImages.get()).as("nothing embedded again").isEqualTo(embedded);
    }
}
