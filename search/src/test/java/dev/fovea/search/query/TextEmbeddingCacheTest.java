package dev.fovea.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEmbeddingCacheTest {
    private final List<String> embedded = new ArrayList<>();
    private final QueryEncoder counting = new QueryEncoder() {
        @Override
        public float[] embedText(String text) {
            embedded.add(text);
            return new float[] {text.length(), 1};
        }

        @Override
        public float[] embedImage(Path image) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void aTextTypedAgainIsNotEmbeddedAgain() {
        TextEmbeddingCache cache = new TextEmbeddingCache(counting);
        cache.embedText("beach");
        cache.embedText("beach dog");
        cache.embedText("beach");
        assertThat(cache.embedText("beach dog")).containsExactly(9, 1);
        assertThat(embedded).containsExactly("beach", "beach dog");
    }

    @Test
    void changingAnAnswerDoesNotChangeTheCachedEmbedding() {
        TextEmbeddingCache cache = new TextEmbeddingCache(counting);
        cache.embedText("snow")[0] = 99;
        assertThat(cache.embedText("snow")).containsExactly(4, 1);
    }

    @Test
    void theLeastRecentlyUsedTextIsForgottenFirst() {
        TextEmbeddingCache cache = new TextEmbeddingCache(counting);
        cache.embedText("kept");
        for (int i = 0; i < 300; i++) {
            cache.embedText("text " + i);
            cache.embedText("kept");
        }
        cache.embedText("text 0");
        assertThat(embedded).filteredOn("kept"::equals).hasSize(1);
        assertThat(embedded).filteredOn("text 0"::equals).hasSize(2);
    }
}
