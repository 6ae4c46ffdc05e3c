package dev.fovea.app.desktop.home;

import dev.fovea.app.album.LibraryAlbums;
import dev.fovea.app.desktop.backend.LibrarySearch;
import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.backend.ShownResults;
import dev.fovea.app.desktop.backend.TypedSearch;
import dev.fovea.app.setup.SearchSetup;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.SearchIndex;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.SearchRequest;
import dev.fovea.search.query.SearchResults;
import dev.fovea.search.query.album.SmartAlbums;
import dev.fovea.search.query.parse.ParsedQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
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
    /**
     * Texts as typing sends them, a word and its first letters: the first searches of a session are slow whatever they
     * read, until the code of a ranked search is compiled, so these run before the user types.
     */
    private static final List<String> WARM_UP_QUERIES = List.of("a photo", "p", "ph", "pho", "photo");

    /** A first page listed ahead ({@link #open}) for the first {@link #firstPage} call that asks for it. */
    private record ListedAhead(
            TypedSearch request, int photos, long libraryVersion, CompletableFuture<ShownResults> page) {}

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
    /** Counts the library's changes, so a page listed ahead is not shown after one. */
    private final AtomicLong libraryVersion = new AtomicLong();

    private ListedAhead listedAhead;
    private boolean firstPageAsked;

    HomeSearch(FoveaHome home, Library library, SharedModels models) {
        this.home = home;
        this.library = library;
        this.models = models;
    }

    /** The library changed in a way searching must see (a run ended, folders changed): reopen on the next search. */
    void libraryChanged() {
        libraryVersion.incrementAndGet();
        stale = true;
    }

    @Override
    public ShownResults search(TypedSearch request) {
        return search(request, LISTED, () -> false);
    }

    @Override
    public ShownResults search(TypedSearch request, BooleanSupplier abandoned) {
        return search(request, LISTED, abandoned);
    }

    @Override
    public ShownResults firstPage(TypedSearch request, int photos) {
        ListedAhead ahead;
        synchronized (this) {
            ahead = listedAhead;
            listedAhead = null;
            firstPageAsked = true;
        }
        if (ahead != null
                && ahead.request().equals(request)
                && ahead.photos() == photos
                && ahead.libraryVersion() == libraryVersion.get()) {
            try {
                return ahead.page().join();
            } catch (CompletionException | CancellationException failed) {
                // Listing ahead failed: list again, and let this attempt say why if it fails too.
            }
        }
        return search(request, Math.min(photos, LISTED), () -> false);
    }

    /** @param listed how many photos a listing (words that only filter, or nothing typed) holds at most */
    private ShownResults search(TypedSearch request, int listed, BooleanSupplier abandoned) {
        return using(serving -> {
            PhotoSearch search = serving.search;
            SearchRequest asked = SearchRequest.of(request.query())
                    .withFilters(SearchTranslation.filters(request.filters(), albums(serving)))
                    .withKeptAsText(request.keptAsText())
                    .withCollapsedDuplicates(request.stackDuplicates())
                    .withFeedback(request.moreLike(), request.lessLike())
                    .withBelowCut(request.includeBelowCutoff());
            // Words that only filter ("2019", "in Lisbon") list photos as browsing does: all of them, newest first.
            ParsedQuery parsed = search.parse(request.query(), request.keptAsText());
            if (parsed.filterOnly() && !request.hasFeedback()) {
                return SearchTranslation.results(search.search(parsed, asked.withLimit(listed), abandoned), false);
            }
            // The strong matches alone: ranking what lies below the cut (and stacking its duplicates) costs most of
            // a search, and is done only when "show more" asks for it.
            SearchResults found = search.search(parsed, asked.withLimit(RESULTS), abandoned);
            if (found.hits().isEmpty() && found.moreBelowCut()) {
                // Nothing strong: the closest few instead, one more to tell whether there are others.
                found = search.search(
                        parsed, asked.withLimit(SearchTranslation.CLOSEST + 1).withBelowCut(true), abandoned);
            }
            return SearchTranslation.results(found, request.includeBelowCutoff());
        });
    }

    /** Opens the index if it is not yet and lists the first page ahead, unless it was asked for already. */
    @Override
    public void open(TypedSearch listing, int photos) {
        CompletableFuture<ShownResults> page = new CompletableFuture<>();
        synchronized (this) {
            if (firstPageAsked) {
                return;
            }
            listedAhead = new ListedAhead(listing, photos, libraryVersion.get(), page);
        }
        try {
            page.complete(search(listing, Math.min(photos, LISTED), () -> false));
        } catch (RuntimeException e) {
            page.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Runs searches shaped as {@code typing} through it all: the model loads, the library's sample for the relevance
     * cut is drawn and the code of a ranked search is compiled, so the first keystroke finds it all ready. A no-op
     * before any indexing.
     */
    @Override
    public void warmUp(TypedSearch typing) {
        for (String text : WARM_UP_QUERIES) {
            search(shapedAs(typing, text, List.of()));
        }
        // Those texts match no name and find nothing strong. A first whole word that does both (a colour, a place)
        // was slow in the app (JFR, search.md): Lucene's scored name search and its matches load their classes at
        // first use, and a page of strong results is read. The newest photo's name, and photos like it, do both in
        // any library.
        List<PhotoHit> newest =
                search(shapedAs(typing, "", List.of()), 1, () -> false).hits();
        if (!newest.isEmpty()) {
            PhotoHit photo = newest.getFirst();
            search(shapedAs(typing, nameWithoutExtension(photo.path()), List.of(photo.photoId())));
        }
    }

    private static TypedSearch shapedAs(TypedSearch typing, String text, List<Long> moreLike) {
        return new TypedSearch(
                text,
                typing.filters(),
                typing.keptAsText(),
                typing.includeBelowCutoff(),
                typing.stackDuplicates(),
                moreLike,
                List.of());
    }

    private static String nameWithoutExtension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
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
