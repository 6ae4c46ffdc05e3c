package dev.fovea.app.desktop.home;

import dev.fovea.app.FoveaHome;
import dev.fovea.app.desktop.backend.PhotoSearch;
import dev.fovea.app.desktop.backend.SearchFilters;
import dev.fovea.app.desktop.backend.SearchRequest;
import dev.fovea.app.desktop.backend.SearchResults;
import dev.fovea.app.setup.QueryModel;
import dev.fovea.app.setup.SearchSetup;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.index.LuceneVectorStores;
import dev.fovea.indexer.index.ModelIndex;
import dev.fovea.search.model.ModelDirectory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Search over the library's serving index, the live one the indexer writes to, so photos show up as they are
 * indexed. It follows the library: after each indexing run it picks up the places new folders name, and when
 * a new model has caught up it moves to that model's index (the old one answers until then).
 */
final class HomeSearch implements PhotoSearch, AutoCloseable {
    /** Results of a text or image search, best first; the grid shows them all, so enough to scroll through. */
    static final int RESULTS = 1_000;
    /** Browsing lists the whole library, newest first: the grid scrolls through all of it. */
    static final int LISTED = dev.fovea.search.query.SearchRequest.MAX_LISTED;

    /** A search over one model's index, with how many searches are using it, so it is let go only when idle. */
    private static final class Serving {
        private final dev.fovea.search.query.PhotoSearch search;
        private final SharedModels.Lease model;
        private int users;
        private boolean retired;

        private Serving(dev.fovea.search.query.PhotoSearch search, SharedModels.Lease model) {
            this.search = search;
            this.model = model;
        }
    }

    private final FoveaHome home;
    private final Library library;
    private final SharedModels models;
    private Serving serving;
    private volatile boolean stale;

    HomeSearch(FoveaHome home, Library library, SharedModels models) {
        this.home = home;
        this.library = library;
        this.models = models;
    }

    /** The library changed in a way searching must see (a run ended, folders changed): reopen on the next search. */
    void libraryChanged() {
        stale = true;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        dev.fovea.search.query.SearchRequest asked = dev.fovea.search.query.SearchRequest.of(request.query())
                .withFilters(SearchTranslation.filters(request.filters()))
                .withKeptAsText(request.keptAsText())
                .withCollapsedDuplicates(request.stackDuplicates())
                .withBelowCut(true);
        return using(search -> {
            // Words that only filter ("2019", "in Lisbon") list photos as browsing does: all of them, newest first.
            boolean listing =
                    search.parse(request.query(), request.keptAsText()).filterOnly();
            return SearchTranslation.results(
                    search.search(asked.withLimit(listing ? LISTED : RESULTS)), request.includeBelowCutoff());
        });
    }

    @Override
    public SearchResults similarToPhoto(long photoId, SearchFilters filters) {
        return using(search -> SearchTranslation.results(
                search.similarTo(photoId, SearchTranslation.filters(filters), RESULTS), false));
    }

    @Override
    public SearchResults similarToImage(Path image, SearchFilters filters) {
        return using(search -> SearchTranslation.results(
                search.similarTo(image.toAbsolutePath().normalize(), SearchTranslation.filters(filters), RESULTS),
                false));
    }

    private SearchResults using(Function<dev.fovea.search.query.PhotoSearch, SearchResults> work) {
        Serving current;
        synchronized (this) {
            current = current();
            if (current == null) {
                return SearchResults.EMPTY;
            }
            current.users++;
        }
        try {
            return work.apply(current.search);
        } finally {
            synchronized (this) {
                current.users--;
                letGoIfIdle(current);
            }
        }
    }

    /** Null until the library has an index to search (its first indexing run creates it). */
    private Serving current() {
        if (serving != null && !stale) {
            return serving;
        }
        stale = false;
        Optional<ModelIndex> index = library.servingIndex();
        if (index.isEmpty()) {
            return null;
        }
        ModelDirectory directory =
                SearchSetup.servingModel(home, Optional.empty(), index.get().modelId());
        SharedModels.Lease model = models.acquire(directory);
        try {
            dev.fovea.search.query.PhotoSearch search = SearchSetup.photoSearch(
                    LuceneVectorStores.vectorIndex(index.get().store()),
                    new QueryModel(model.model()),
                    library.knownPlaces());
            retire(serving);
            serving = new Serving(search, model);
            return serving;
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private void retire(Serving old) {
        if (old != null) {
            old.retired = true;
            letGoIfIdle(old);
        }
    }

    private void letGoIfIdle(Serving old) {
        if (old.retired && old.users == 0) {
            old.model.close();
        }
    }

    @Override
    public synchronized void close() {
        retire(serving);
        serving = null;
    }
}
