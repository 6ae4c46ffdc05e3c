package dev.fovea.search.query;

import java.nio.file.Path;
import java.util.List;

/**
 * What searching needs from the model: embeddings of query texts and of images that are not in the library.
 * The app implements it over the embedding model and the photo decoder.
 */
public interface QueryEncoder {
    float[] embedText(String text);

    /** Throws {@link dev.fovea.search.FoveaException} naming the file when it is missing or cannot be decoded. */
    float[] embedImage(Path image);

    default float[][] embedTexts(List<String> texts) {
        return texts.stream().map(this::embedText).toArray(float[][]::new);
    }
}
