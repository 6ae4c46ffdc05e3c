package dev.fovea.indexer.embed;

import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.query.QueryEncoder;
import java.nio.file.Path;
import java.util.List;

/**
 * The model as searching uses it: query texts, and images outside the library decoded as the indexer decodes
 * them. It borrows the model, so the desktop app can share one loaded model between indexing and search;
 * whoever opened the model closes it.
 */
public final class QueryModel implements QueryEncoder {
    private final EmbeddingModel model;
    private final PhotoDecoder decoder = new PhotoDecoder();

    public QueryModel(EmbeddingModel model) {
        this.model = model;
    }

    public String id() {
        return model.id();
    }

    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public float[] embedText(String text) {
        return model.embedText(text);
    }

    @Override
    public float[][] embedTexts(List<String> texts) {
        return model.embedTexts(texts);
    }

    @Override
    public float[] embedImage(Path image) {
        return model.embedImages(List.of(decoder.decode(
                        image, DecodeRequest.atLeast(model.preprocessing().imageSize()))
                .image()))[0];
    }
}
