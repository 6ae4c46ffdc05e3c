package dev.fovea.app.cli;

import dev.fovea.app.setup.SearchSetup;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.SearchIndex;
import dev.fovea.indexer.embed.QueryModel;
import dev.fovea.search.FoveaException;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.query.PhotoSearch;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the search commands open: the library's search index (a read-only view, so searching works while another
 * Fovea indexes) and the model that index was made with (to embed query texts and outside images).
 */
final class OpenedSearch implements AutoCloseable {
    private final PhotoSearch search;
    private final SearchIndex index;
    private final EmbeddingModel model;

    private OpenedSearch(PhotoSearch search, SearchIndex index, EmbeddingModel model) {
        this.search = search;
        this.index = index;
        this.model = model;
    }

    static OpenedSearch open(FoveaHome home, Optional<Path> modelDir) {
        if (!home.hasLibrary()) {
            throw new FoveaException(
                    "There is no library yet in " + home.root() + ". Add photo folders first: fovea index PATH...");
        }
        SearchIndex index;
        try (Library library = Library.open(home.root())) {
            index = library.searchIndex()
                    .orElseThrow(() -> new FoveaException("Nothing is indexed yet in " + home.root()
                            + ". Index photo folders first: fovea index PATH..."));
        }
        try {
            EmbeddingModel model = EmbeddingModel.open(SearchSetup.servingModel(home, modelDir, index.modelId()));
            return new OpenedSearch(
                    SearchSetup.photoSearch(index.index(), new QueryModel(model), index.places()), index, model);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    PhotoSearch search() {
        return search;
    }

    @Override
    public void close() {
        try {
            model.close();
        } finally {
            index.close();
        }
    }
}
