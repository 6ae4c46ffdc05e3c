package dev.fovea.app.setup;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.embed.ModelEncoder;
import dev.fovea.indexer.pipeline.DecoderAdapter;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.indexer.pipeline.ProgressListener;
import dev.fovea.indexer.watch.ContinuousIndexer;
import dev.fovea.search.encoder.EmbeddingModel;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the indexing pipeline embeds and decodes with, as `fovea index` and the desktop app build it: the
 * model's image tower, and Fovea's own decoder for every format.
 */
public record IndexingSeams(ModelEncoder encoder, DecoderAdapter decoder) {
    /** Changes are gathered until the folders have been quiet this long, so a copy of 500 photos is one run. */
    private static final Duration QUIET = Duration.ofSeconds(2);
    /** A full rescan this often catches what the file-system watcher missed (network drives, overflows). */
    private static final Duration RESCAN_EVERY = Duration.ofMinutes(15);

    public static IndexingSeams over(EmbeddingModel model) {
        return new IndexingSeams(new ModelEncoder(model), new DecoderAdapter(new PhotoDecoder()));
    }

    /** Keeps the library indexed while it is open: a full run now, then a run for whatever changes in its folders. */
    public ContinuousIndexer follow(
            Library library, IndexingOptions options, ProgressListener listener, Consumer<IndexingSummary> finished) {
        return new ContinuousIndexer(library, encoder, decoder, options, listener, finished, QUIET, RESCAN_EVERY);
    }
}
