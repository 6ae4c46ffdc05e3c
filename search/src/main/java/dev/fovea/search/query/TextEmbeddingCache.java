package dev.fovea.search.query;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the last texts' embeddings: search-as-you-type and "show more" ask for the same words again,
 * and the text encoder is most of a query's time.
 */
final class TextEmbeddingCache implements QueryEncoder {
    private static final int CAPACITY = 256;

    private final QueryEncoder encoder;
    private final Map<String, float[]> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CAPACITY;
        }
    };

    TextEmbeddingCache(QueryEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public float[] embedText(String text) {
        synchronized (recent) {
            float[] known = recent.get(text);
            if (known != null) {
                return known.clone();
            }
        }
        float[] embedding = encoder.embedText(text);
        synchronized (recent) {
            recent.put(text, embedding.clone());
        }
        return embedding;
    }

    @Override
    public float[] embedImage(Path image) {
        return encoder.embedImage(image);
    }
}
