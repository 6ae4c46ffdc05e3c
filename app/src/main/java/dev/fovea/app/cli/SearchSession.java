package dev.fovea.app.cli;

import dev.fovea.app.FoveaHome;
import dev.fovea.app.setup.QueryModel;
import dev.fovea.app.setup.SearchSetup;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.CatalogCounts;
import dev.fovea.search.FoveaException;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.query.KnownPlaces;
import dev.fovea.search.query.PhotoSearch;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the search commands open: the library's serving index (read-only, so searching works while another
 * Fovea indexes), the model that index was made with (to embed query texts and outside images), and the
 * places the library knows from its folder names.
 */
final class SearchSession implements AutoCloseable {
    private final PhotoSearch search;
    private final VectorIndex index;
    private final EmbeddingModel model;

    private SearchSession(PhotoSearch search, VectorIndex index, EmbeddingModel model) {
        this.search = search;
        this.index = index;
        this.model = model;
    }

    static SearchSession open(FoveaHome home, Optional<Path> modelDir) {
        if (!home.hasLibrary()) {
            throw new FoveaException(
                    "There is no library yet in " + home.root() + ". Add photo folders first: fovea index PATH...");
        }
        String serving;
        int dimensions;
        Path indexDirectory;
        KnownPlaces places;
        try (Library library = Library.open(home.root())) {
            library.catchUpServingIndex();
            serving = library.servingModel().orElseThrow(() -> nothingIndexed(home));
            Integer dims = library.catalog().read(CatalogCounts::vectorIndexes).get(serving);
            if (dims == null) {
                throw nothingIndexed(home);
            }
            dimensions = dims;
            indexDirectory = library.layout().indexRoot().resolve(serving);
            places = library.knownPlaces();
        }
        ModelDirectory directory = SearchSetup.servingModel(home, modelDir, serving);
        VectorIndex index = VectorIndex.openReadOnly(indexDirectory, dimensions);
        try {
            EmbeddingModel model = EmbeddingModel.open(directory);
            return new SearchSession(SearchSetup.photoSearch(index, new QueryModel(model), places), index, model);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    private static FoveaException nothingIndexed(FoveaHome home) {
        return new FoveaException(
                "Nothing is indexed yet in " + home.root() + ". Index photo folders first: fovea index PATH...");
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
