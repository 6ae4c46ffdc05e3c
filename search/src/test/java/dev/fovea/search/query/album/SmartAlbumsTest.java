package dev.fovea.search.query.album;

import static dev.fovea.testing.TestPhotos.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.QueryEncoder;
import dev.fovea.search.query.SearchHit;
import dev.fovea.search.query.SearchResults;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.query.parse.QueryParser;
import dev.fovea.search.query.place.KnownPlaces;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmartAlbumsTest {
    private static final int DIMS = 16;

    @TempDir
    Path dir;

    /** Prompts mentioning receipts point along axis 0, food along axis 1, anything else along axis 2. */
    private static final QueryEncoder PROMPTS = new QueryEncoder() {
        @Override
        public float[] embedText(String text) {
            float[] vector = new float[DIMS];
            vector[text.contains("receipt") ? 0 : text.contains("food") ? 1 : 2] = 1f;
            return vector;
        }

        @Override
        public float[] embedImage(Path image) {
            throw new UnsupportedOperationException();
        }
    };

    private static final List<Category> CATEGORIES = List.of(
            new Category("receipts", "Receipts", List.of("a photo of a receipt.", "a receipt."), true),
            new Category("food", "Food", List.of("a photo of food."), true),
            new Category("other", "Other", List.of("a photo."), false));

    @Test
    void anAlbumHoldsThePhotosClassifiedIntoItsCategory() {
        Random random = new Random(3);
        try (VectorIndex index = VectorIndex.open(dir, DIMS)) {
            for (long id = 0; id < 300; id++) {
                float[] vector = new float[DIMS];
                for (int i = 3; i < DIMS; i++) {
                    vector[i] = (float) random.nextGaussian() * 0.3f;
                }
                // 0-9 receipts, 10-19 food, 20-24 between the two but more food, the rest neither.
                if (id < 10) {
                    vector[0] = 1f;
                } else if (id < 20) {
                    vector[1] = 1f;
                } else if (id < 25) {
                    vector[0] = 0.6f;
                    vector[1] = 0.8f;
                } else {
                    vector[2] = 0.3f;
                }
                index.upsert(photo(id, vector).build());
            }
            index.commit();
            PhotoSearch search = new PhotoSearch(
                    index, PROMPTS, new QueryParser(KnownPlaces.NONE, Clock.systemUTC(), ZoneOffset.UTC));
            SmartAlbums albums = new SmartAlbums(search, PROMPTS, CATEGORIES);

            assertThat(albums.albums()).extracting(Category::id).containsExactly("receipts", "food");
            SearchResults receipts = albums.album("receipts", SearchFilters.NONE, 50);
            assertThat(receipts.relevant())
                    .extracting(SearchHit::photo)
                    .extracting(photo -> photo.photoId())
                    .containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
            SearchResults food = albums.album("food", SearchFilters.NONE, 50);
            assertThat(food.relevant())
                    .extracting(hit -> hit.photo().photoId())
                    .containsAll(List.of(10L, 20L, 24L))
                    .allMatch(id -> id >= 10 && id < 25);
            assertThatThrownBy(() -> albums.album("cats", SearchFilters.NONE, 5))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("receipts, food");
        }
    }
}
