package dev.fovea.app.desktop.home;

import dev.fovea.app.album.LibraryAlbums;
import dev.fovea.app.desktop.backend.LibrarySearch;
import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.ShownResults;
import dev.fovea.app.desktop.backend.TypedSearch;
import dev.fovea.app.setup.SearchSetup;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.SearchIndex;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.SearchRequest;
import dev.fovea.search.query.album.SmartAlbums;
import dev.fovea.search.query.parse.ParsedQuery;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Search over the library's serving index, the live one the indexer writes to, so photos show up as they are
 * indexed. It follows the library: after each indexing run it picks up the places new folders name, and when
 * a new model has caught up it moves to that model's index (the old one answers until then).
 */
final class HomeSearch implements LibrarySearch, AutoCloseable {
    /** Results of a text or image search, best first; the grid shows them all, so enough to scroll through. */
    static final int RESULTS = 1_000;
    /** Browsing lists the whole library, newest first: the grid scrolls through all of it. */
    static final int LISTED = SearchRequest.MAX_LISTED;
    /** Any text: the first search of a session is what is slow, whatever it reads. */
    private static final String WARM_UP_QUERY = "a photo";

    /** A search over one model's index, with how many searches are using it, so it is let go only when idle. */
    private static final class Serving {
        private final PhotoSearch search;
        private final ServingQueries queries;
        private final SearchIndex index;
        /** Embeds the categories' prompts once per model, on first use. */
        private final SmartAlbums categories;

        private int users;
        private boolean retired;

        private Serving(PhotoSearch search, ServingQueries queries, SearchIndex index) {
            this.search = search;
            this.queries = queries;
            this.index = index;
            this.categories = new SmartAlbums(search, queries);
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
    public ShownResults search(TypedSearch request) {
        return search(request, LISTED);
    }

    @Override
    public ShownResults firstPage(TypedSearch request, int photos) {
        return search(request, Math.min(photos, LISTED));
    }

    /** @param listed how many photos a listing (words that only filter, or nothing typed) holds at most */
    private ShownResults search(TypedSearch request, int listed) {
        return using(serving -> {
            PhotoSearch search = serving.search;
            SearchRequest asked = SearchRequest.of(request.query())
                    .withFilters(SearchTranslation.filters(request.filters(), albums(serving)))
                    .withKeptAsText(request.keptAsText())
                    .withCollapsedDuplicates(request.stackDuplicates())
                    .withFeedback(request.moreLike(), request.lessLike())
                    .withBelowCut(true);
            // Words that only filter ("2019", "in Lisbon") list photos as browsing does: all of them, newest first.
            ParsedQuery parsed = search.parse(request.query(), request.keptAsText());
            return SearchTranslation.results(
                    search.search(
                            parsed, asked.withLimit(parsed.filterOnly() && !request.hasFeedback() ? listed : RESULTS)),
                    request.includeBelowCutoff());
        });
    }

    /** Opens the index if it is not yet; a no-op before any indexing. */
    @Override
    public void open() {
        using(serving -> ShownResults.EMPTY);
    }

    /**
     * Opens the index if it is not yet and runs one text search through it all: the model loads, the library's sample
     * for the relevance cut is drawn and the code of a ranked search is compiled, so the first keystroke finds it all
     * ready. A no-op before any indexing.
     */
    @Override
    public void warmUp() {
        search(new TypedSearch(WARM_UP_QUERY, PanelFilters.NONE, Set.of(), false, false), LISTED);
    }

    @Override
    public ShownResults similarToPhoto(long photoId, PanelFilters filters) {
        return using(serving -> SearchTranslation.results(
                serving.search.similarTo(photoId, SearchTranslation.filters(filters, albums(serving)), RESULTS),
                false));
    }

    @Override
    public ShownResults similarToImage(Path image, PanelFilters filters) {
        return using(serving -> SearchTranslation.results(
                serving.search.similarTo(
                        image.toAbsolutePath().normalize(),
                        SearchTranslation.filters(filters, albums(serving)),
                        RESULTS),
                false));
    }

    /** The library's albums of every kind over the search as it is now; the user's own only before any indexing. */
    <T> T withAlbums(Function<LibraryAlbums, T> work) {
        return using(work.compose(this::albums), () -> work.apply(albums(null)));
    }

    private LibraryAlbums albums(Serving serving) {
        return serving == null
                ? new LibraryAlbums(library.albums(), null, null)
                : new LibraryAlbums(library.albums(), serving.search, serving.categories);
    }

    private ShownResults using(Function<Serving, ShownResults> work) {
        return using(work, () -> ShownResults.EMPTY);
    }

    private <T> T using(Function<Serving, T> work, Supplier<T> unindexed) {
        Serving current;
        synchronized (this) {
            current = current();
            if (current == null) {
                return unindexed.get();
            }
            current.users++;
        }
        try {
            return work.apply(current);
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
        Optional<SearchIndex> index = library.searchIndex();
        if (index.isEmpty()) {
            return null;
        }
        try {
            ModelDirectory directory =
                    SearchSetup.servingModel(home, Optional.empty(), index.get().modelId());
            ServingQueries queries = new ServingQueries(models, directory);
            PhotoSearch search = SearchSetup.photoSearch(
                    index.get().index(), queries, index.get().places());
            retire(serving);
            serving = new Serving(search, queries, index.get());
            return serving;
        } catch (RuntimeException e) {
            index.get().close();
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
            old.queries.close();
            old.index.close();
        }
    }

    @Override
    public synchronized void close() {
        retire(serving);
        serving = null;
    }
}
