package dev.fovea.app.cli;

import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.query.QueryEncoder;
import java.nio.file.Path;
import java.util.List;

/** The model as searching uses it: query texts, and images outside the library decoded as the indexer decodes them. */
final class QueryModel implements QueryEncoder, AutoCloseable {
    private final EmbeddingModel model;
    private final PhotoDecoder decoder = new PhotoDecoder();

    private QueryModel(EmbeddingModel model) {
        this.model = model;
    }

    static QueryModel open(ModelDirectory directory) {
        return new QueryModel(EmbeddingModel.open(directory));
    }

    static QueryModel open(Path directory) {
        return open(ModelDirectory.open(directory));
    }

    String id() {
        return model.id();
    }

    int dimensions() {
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
        return model.embedImages(List.of(decoder.decode(image, DecodeRequest.atLeast(model.preprocessing().imageSize())).image()))[0];
    }

    @Override
    public void close() {
        model.close();
    }
}
