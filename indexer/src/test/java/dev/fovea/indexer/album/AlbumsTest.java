package dev.fovea.indexer.album;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.AlbumRow;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.testing.ColourEncoder;
import dev.fovea.indexer.testing.FileVectorStores;
import dev.fovea.indexer.testing.ImageIoDecoding;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.search.FoveaException;
import dev.fovea.search.query.album.SavedSearch;
import dev.fovea.search.query.filter.SearchFilters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Albums over a small indexed library: naming rules, membership by content hash, moves and re-indexing. */
class AlbumsTest {
    @TempDir
    Path temp;

    Path photos;
    Path home;

    @BeforeEach
    void photos() throws Exception {
        photos = temp.resolve("photos");
        home = temp.resolve("home");
        for (int i = 0; i < 3; i++) {
            TestPhotos.jpeg(photos.resolve("trip/img" + i + ".jpg"), 160, 120, i);
        }
    }

    private static void index(Library library) throws InterruptedException {
        library.startIndexing(
                        new ColourEncoder(),
                        new ImageIoDecoding(),
                        IndexingOptions.defaults().withDecodeThreads(1),
                        null)
                .await();
    }

    private static String hash(Library library, Path file) {
        return library.photo(file).orElseThrow().contentHash();
    }

    @Test
    void createAddListAndShow() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library);
            Albums albums = library.albums();
            albums.create("  Lisbon 2023 ");
            String first = hash(library, photos.resolve("trip/img0.jpg"));
            String second = hash(library, photos.resolve("trip/img1.jpg"));

            assertThat(albums.add("lisbon 2023", List.of(first, second))).isEqualTo(2);
            assertThat(albums.add("Lisbon 2023", List.of(first)))
                    .as("already in")
                    .isZero();

            assertThat(albums.list()).singleElement().satisfies(album -> {
                assertThat(album.name()).isEqualTo("Lisbon 2023");
                assertThat(album.photos()).isEqualTo(2);
                assertThat(album.coverHash()).isIn(first, second);
            });
            assertThat(albums.photos("Lisbon 2023"))
                    .extracting(PhotoRow::path)
                    .containsExactly(photos.resolve("trip/img0.jpg"), photos.resolve("trip/img1.jpg"));
            assertThat(albums.remove("Lisbon 2023", List.of(first))).isEqualTo(1);
            assertThat(albums.contentHashes("Lisbon 2023")).containsExactly(second);
        }
    }

    @Test
    void namesAreUniqueWithoutCaseAndChecked() {
        try (Library library = Library.open(home, new FileVectorStores())) {
            Albums albums = library.albums();
            albums.create("Dogs");
            albums.create("Cats");
            assertThatThrownBy(() -> albums.create("dogs"))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("already an album called 'Dogs'");
            assertThatThrownBy(() -> albums.rename("Cats", "DOGS"))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("already an album called 'Dogs'");
            assertThatThrownBy(() -> albums.create("   "))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("needs a name");
            assertThatThrownBy(() -> albums.create("x".repeat(Albums.LONGEST_NAME + 1)))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("at most");
            assertThatThrownBy(() -> albums.add("Birds", List.of("abc")))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("no album called 'Birds'")
                    .hasMessageContaining("fovea albums");

            albums.rename("dogs", "Dogs and puppies");
            albums.rename("Cats", "cats");
            assertThat(albums.list()).extracting(AlbumRow::name).containsExactly("Dogs and puppies", "cats");
            albums.delete("CATS");
            assertThat(albums.list()).extracting(AlbumRow::name).containsExactly("Dogs and puppies");
        }
    }

    @Test
    void aPhotoStaysInItsAlbumWhenMovedAndIndexedAgain() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library);
            library.albums().create("Best");
            library.albums().add("Best", List.of(hash(library, photos.resolve("trip/img2.jpg"))));

            Files.createDirectories(photos.resolve("sorted"));
            Files.move(photos.resolve("trip/img2.jpg"), photos.resolve("sorted/kept.jpg"));
            index(library);

            assertThat(library.albums().photos("Best"))
                    .extracting(PhotoRow::path)
                    .containsExactly(photos.resolve("sorted/kept.jpg"));
        }
        try (Library reopened = Library.open(home, new FileVectorStores())) {
            assertThat(reopened.albums().get("best").photos()).isEqualTo(1);
        }
    }

    @Test
    void aPhotoWhoseFileIsGoneIsKeptButNotCounted() throws Exception {
        try (Library library = Library.open(home, new FileVectorStores())) {
            library.addRoot(photos);
            index(library);
            library.albums().create("Best");
            library.albums().add("Best", List.of(hash(library, photos.resolve("trip/img0.jpg"))));
            Files.delete(photos.resolve("trip/img0.jpg"));
            index(library);

            assertThat(library.albums().get("Best").photos()).isZero();
            assertThat(library.albums().get("Best").coverHash()).isNull();
            assertThat(library.albums().contentHashes("Best")).hasSize(1);
        }
    }

    @Test
    void savedSearchesAreAlbumsThatKeepTheirTextAndFiltersAndHoldNoPhotos() {
        try (Library library = Library.open(home, new FileVectorStores())) {
            Albums albums = library.albums();
            albums.create("Lisbon");
            SearchFilters filters = SearchFilters.NONE.withCameras(List.of("pixel"));
            albums.saveSearch("Summer beaches", "  beach last summer ", filters);

            AlbumRow saved = albums.get("summer beaches");
            assertThat(saved.savedSearch()).isTrue();
            SavedSearch search = Albums.savedSearch(saved);
            assertThat(search.text()).as("kept as typed, read again each time").isEqualTo("beach last summer");
            assertThat(search.filters()).isEqualTo(filters);

            albums.saveSearch("Summer beaches", "beach", SearchFilters.NONE);
            assertThat(Albums.savedSearch(albums.get("Summer beaches")).text()).isEqualTo("beach");
            assertThat(albums.list()).extracting(AlbumRow::name).containsExactly("Lisbon", "Summer beaches");

            assertThatThrownBy(() -> albums.add("Summer beaches", List.of("abc")))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("is a saved search");
            assertThatThrownBy(() -> albums.saveSearch("lisbon", "beach", SearchFilters.NONE))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("already an album");
            assertThatThrownBy(() -> albums.saveSearch("Empty", " ", SearchFilters.NONE))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("nothing to save");
            assertThatThrownBy(() -> albums.create("food"))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("makes by itself");
        }
    }

    @Test
    void theUsersOrderIsKeptAcrossKinds() {
        try (Library library = Library.open(home, new FileVectorStores())) {
            Albums albums = library.albums();
            albums.create("Cats");
            albums.create("Birthdays");
            albums.saveSearch("Sea days", "beach", SearchFilters.NONE);
            assertThat(albums.list()).extracting(AlbumRow::name).containsExactly("Cats", "Birthdays", "Sea days");

            albums.move("sea days", 1);
            albums.move("Cats", 99);
            assertThat(albums.list()).extracting(AlbumRow::name).containsExactly("Sea days", "Birthdays", "Cats");
            albums.rename("Birthdays", "Parties");
            assertThat(albums.list()).extracting(AlbumRow::name).containsExactly("Sea days", "Parties", "Cats");
        }
        try (Library library = Library.open(home, new FileVectorStores())) {
            assertThat(library.albums().list())
                    .as("after a restart")
                    .extracting(AlbumRow::name)
                    .containsExactly("Sea days", "Parties", "Cats");
        }
    }
}
