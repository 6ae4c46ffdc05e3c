package dev.fovea.app.cli;

import dev.fovea.app.album.LibraryAlbums;
import dev.fovea.app.setup.SearchSetup;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.SearchIndex;
import dev.fovea.indexer.embed.QueryModel;
import dev.fovea.search.FoveaException;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.album.SmartAlbums;
import dev.fovea.search.query.place.KnownPlaces;
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
    private final QueryModel queries;

    private OpenedSearch(PhotoSearch search, SearchIndex index, EmbeddingModel model, QueryModel queries) {
        this.search = search;
        this.index = index;
        this.model = model;
        this.queries = queries;
    }

    /** Every album of the library, of whatever kind, over this search. */
    static LibraryAlbums albums(Optional<OpenedSearch> session, Library library) {
        return session.map(opened -> new LibraryAlbums(
                        library.albums(), opened.search, new SmartAlbums(opened.search, opened.queries)))
                .orElseGet(() -> new LibraryAlbums(library.albums(), null, null));
    }

    /** The search when the library has an index; nothing (rather than an error) when nothing is indexed yet. */
    static Optional<OpenedSearch> openIfIndexed(FoveaHome home, Optional<Path> modelDir, Library library) {
        return library.servingModel().isPresent() ? Optional.of(open(home, modelDir)) : Optional.empty();
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
            QueryModel queries = new QueryModel(model);
            return new OpenedSearch(
                    SearchSetup.photoSearch(index.index(), queries, index.places()), index, model, queries);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    PhotoSearch search() {
        return search;
    }

    /** The places the library knows, for {@code --place}. */
    KnownPlaces places() {
        return index.places();
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
