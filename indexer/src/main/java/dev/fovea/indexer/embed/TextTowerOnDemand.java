package dev.fovea.indexer.embed;

import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.encoder.EncoderOptions;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.query.QueryEncoder;
import java.nio.file.Path;
import java.util.List;

/**
 * The text side of a model for a process that keeps only the image tower resident (the {@code fovea index}
 * command): each call loads the text tower, embeds and frees it again, so its weights are resident only while the
 * text gate embeds its prompts, in one batch, once a run.
 */
public final class TextTowerOnDemand implements QueryEncoder {
    private final ModelDirectory directory;

    public TextTowerOnDemand(ModelDirectory directory) {
        this.directory = directory;
    }

    @Override
    public float[] embedText(String text) {
        return embedTexts(List.of(text))[0];
    }

    @Override
    public float[][] embedTexts(List<String> texts) {
        try (EmbeddingModel model = EmbeddingModel.open(directory, EncoderOptions.threads(1))) {
            return model.embedTexts(texts);
        }
    }

    @Override
    public float[] embedImage(Path image) {
        throw new UnsupportedOperationException("Embeds texts only: " + image + " needs the image tower");
    }
}
