package dev.fovea.app.cli;

import dev.fovea.app.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.CatalogCounts;
import dev.fovea.search.FoveaException;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.query.KnownPlaces;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.parse.QueryParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the search commands open: the library's serving index (read-only, so searching works while another
 * Fovea indexes), the model that index was made with (to embed query texts and outside images), and the
 * places the library knows from its folder names.
 */
final class SearchSession implements AutoCloseable {
    private final PhotoSearch search;
    private final VectorIndex index;
    private final QueryModel model;

    private SearchSession(PhotoSearch search, VectorIndex index, QueryModel model) {
        this.search = search;
        this.index = index;
        this.model = model;
    }

    static SearchSession open(FoveaHome home, Optional<Path> modelDir) {
        String serving;
        int dimensions;
        Path indexDirectory;
        KnownPlaces places;
        try (Library library = Library.open(home.root())) {
            serving = library.servingModel().orElseThrow(() -> nothingIndexed(home));
            Integer dims = library.catalog().read(CatalogCounts::vectorIndexes).get(serving);
            if (dims == null) {
                throw nothingIndexed(home);
            }
            dimensions = dims;
            indexDirectory = library.layout().indexRoot().resolve(serving);
            places = library.knownPlaces();
        }
        ModelDirectory directory = modelDirectory(home, modelDir, serving);
        VectorIndex index = VectorIndex.openReadOnly(indexDirectory, dimensions);
        try {
            QueryModel model = QueryModel.open(directory);
            PhotoSearch search = new PhotoSearch(index, model, new QueryParser(places, Clock.systemDefaultZone(), ZoneId.systemDefault()));
            return new SearchSession(search, index, model);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Queries must be embedded by the model the library's embeddings come from. */
    private static ModelDirectory modelDirectory(FoveaHome home, Optional<Path> modelDir, String serving) {
        if (modelDir.isPresent()) {
            ModelDirectory given = ModelDirectory.open(modelDir.get());
            if (!given.manifest().id().equals(serving)) {
                throw new FoveaException("The library was indexed with the model " + serving + ", but " + modelDir.get() + " holds "
                        + given.manifest().id() + "; searching needs the same model. Leave out --model-dir, or index with that model.");
            }
            return given;
        }
        return ModelResolver.store(home).find(serving).orElseThrow(() -> new FoveaException("The library was indexed with the model "
                + serving + ", which is not installed in " + home.models() + ". Install it (fovea model download or"
                + " fovea model import), or pass its folder with --model-dir."));
    }

    private static FoveaException nothingIndexed(FoveaHome home) {
        return new FoveaException("Nothing is indexed yet in " + home.root() + ". Index photo folders first: fovea index PATH...");
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
