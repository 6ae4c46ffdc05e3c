package dev.fovea.search.index;

import java.util.concurrent.ExecutorService;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;

/**
 * Lucene's codec with our choice of vector format for the embedding field. Segments record the vector
 * format by name, so any reader opens them with the stock codec; these settings only shape writing.
 */
final class FoveaCodec extends Lucene103Codec {
    private final KnnVectorsFormat embeddingFormat;

    FoveaCodec(IndexSettings settings, ExecutorService mergeExecutor) {
        this.embeddingFormat = settings.format()
                .luceneFormat(
                        settings.maxConn(),
                        settings.beamWidth(),
                        mergeExecutor == null ? 1 : settings.mergeWorkers(),
                        mergeExecutor);
    }

    /** The name segments record for the embedding field's format; int7 and int4 share one. */
    String embeddingFormatName() {
        return embeddingFormat.getName();
    }

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return PhotoFields.EMBEDDING.equals(field) ? embeddingFormat : super.getKnnVectorsFormatForField(field);
    }
}
