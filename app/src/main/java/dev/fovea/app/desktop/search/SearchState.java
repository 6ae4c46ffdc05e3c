package dev.fovea.app.desktop.search;

import dev.fovea.app.desktop.backend.LibrarySearch;
import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.backend.ShownResults;
import dev.fovea.app.desktop.backend.TypedSearch;
import dev.fovea.app.desktop.background.BackgroundExecutor;
import dev.fovea.app.desktop.background.LatestOnlyRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

/**
 * The state of the photos page's search: what is typed, the panel's filters, the parsed filters the user
 * undid, "show more", and whether it is a similar-photo search instead. Every change, each keystroke included,
 * asks the backend again at once; a question still running is abandoned, and only the newest answer is shown.
 * The whole listing that follows a first page runs beside those questions: on a large library it takes seconds,
 * and a keystroke must not wait for it.
 */
public final class SearchState {
    /** Photos of a listing shown before the whole library is listed: several screens of the largest tiles. */
    public static final int FIRST_PAGE = 2_000;
    /**
     * How long no search must run before long background work starts: longer than a typist's pause between words
     * and than a glance at the results, so that work starts once the user reads or browses.
     */
    private static final Duration TYPING_PAUSE = Duration.seconds(2);

    /** One question to the backend, comparable so the runner can tell a stale answer from the newest. */
    public sealed interface Query permits TextQuery, SimilarPhoto, SimilarImage {}

    /**
     * @param firstPage only the first {@link #FIRST_PAGE} photos of a listing: the rest follows as the same
     *     request in full, which the grid shows in place (as fresh photos of the same query)
     */
    public record TextQuery(TypedSearch request, boolean firstPage) implements Query {}

    public record SimilarPhoto(PhotoHit photo, PanelFilters filters) implements Query {}

    public record SimilarImage(Path image, PanelFilters filters) implements Query {}

    /**
     * @param startedNanos when the backend began answering ({@link System#nanoTime}), so a wait before it shows
     * @param elapsedNanos backend time, shown beside the result count
     */
    public record Answer(Query query, ShownResults results, long startedNanos, long elapsedNanos) {}

    private final LibrarySearch search;
    private final BackgroundExecutor executor;
    private final LatestOnlyRunner<Query, Answer> runner;
    /** Whole listings asked for and not yet answered (a new first page can ask again before the last one is in). */
    private final IntegerProperty listings = new SimpleIntegerProperty();

    private final BooleanBinding busy;
    private final ObjectProperty<PanelFilters> filters = new SimpleObjectProperty<>(PanelFilters.NONE);
    private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Query> query = new ReadOnlyObjectWrapper<>();
    private final Set<String> keptAsText = new HashSet<>();
    private String text = "";
    private boolean showAll;
    private boolean stackDuplicates;
    private Object similarTo;
    /** "More/less like this" on the current text search: the photos, kept for their chips. */
    private final List<PhotoHit> moreLike = new ArrayList<>();

    private final List<PhotoHit> lessLike = new ArrayList<>();

    public SearchState(LibrarySearch search, BackgroundExecutor executor, boolean stackDuplicates) {
        this.search = search;
        this.executor = executor;
        this.stackDuplicates = stackDuplicates;
        this.runner = new LatestOnlyRunner<>(executor, this::ask, this::answered);
        this.busy = runner.busyProperty().or(listings.greaterThan(0));
        filters.addListener((property, old, now) -> askNow());
    }

    /** The search field changed: search again. */
    public void type(String newText) {
        if (newText.equals(text) && similarTo == null) {
            return;
        }
        text = newText;
        similarTo = null;
        showAll = false;
        Query next = current();
        // A space between words asks nothing new.
        if (next.equals(query.get())) {
            return;
        }
        query.set(next);
        runner.request(next);
    }

    /** Enter, or any change that is not typing. */
    public void askNow() {
        Query next = current();
        query.set(next);
        runner.request(next);
    }

    public void showMore() {
        showAll = true;
        askNow();
    }

    public void keepAsText(String phrase) {
        keptAsText.add(phrase);
        askNow();
    }

    /** Re-ranks the current search towards ({@code more}) or away from a photo, at once. */
    public void feedback(PhotoHit photo, boolean more) {
        moreLike.removeIf(hit -> hit.photoId() == photo.photoId());
        lessLike.removeIf(hit -> hit.photoId() == photo.photoId());
        (more ? moreLike : lessLike).add(photo);
        similarTo = null;
        askNow();
    }

    public void removeFeedback(PhotoHit photo) {
        moreLike.removeIf(hit -> hit.photoId() == photo.photoId());
        lessLike.removeIf(hit -> hit.photoId() == photo.photoId());
        askNow();
    }

    public List<PhotoHit> moreLike() {
        return List.copyOf(moreLike);
    }

    public List<PhotoHit> lessLike() {
        return List.copyOf(lessLike);
    }

    public void similarToPhoto(PhotoHit photo) {
        similarTo = photo;
        showAll = false;
        askNow();
    }

    public void similarToImage(Path image) {
        similarTo = image;
        showAll = false;
        askNow();
    }

    public void clearSimilar() {
        similarTo = null;
        askNow();
    }

    public void stackDuplicates(boolean stack) {
        stackDuplicates = stack;
        askNow();
    }

    public String text() {
        return text;
    }

    public Object similarTo() {
        return similarTo;
    }

    public ObjectProperty<PanelFilters> filtersProperty() {
        return filters;
    }

    public ReadOnlyObjectProperty<Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The query asked last, whose answer may still be on its way. */
    public ReadOnlyObjectProperty<Query> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** True while a search (the whole listing after a first page included) runs or waits. */
    public BooleanExpression busyProperty() {
        return busy;
    }

    /** Runs {@code action} once no search is running or waiting: now, or when the current answer is in. */
    public void afterCurrentAnswer(Runnable action) {
        if (!busy.get()) {
            action.run();
            return;
        }
        busy.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> property, Boolean was, Boolean now) {
                if (!now) {
                    busy.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** Runs {@code action} once an answer is shown: now, if one is. */
    public void afterFirstAnswer(Runnable action) {
        if (answer.get() != null) {
            action.run();
            return;
        }
        answer.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Answer> property, Answer was, Answer now) {
                answer.removeListener(this);
                action.run();
            }
        });
    }

    /**
     * Runs {@code action} once, after no search has run or waited for a while: long background work (counting the
     * categories, catching up with the folders) shares the cores with searching, so it waits for a pause in typing.
     */
    public void afterTypingPause(Runnable action) {
        PauseTransition quiet = new PauseTransition(TYPING_PAUSE);
        ChangeListener<Boolean> searching = (property, was, now) -> {
            if (now) {
                quiet.stop();
            } else {
                quiet.playFromStart();
            }
        };
        quiet.setOnFinished(event -> {
            busy.removeListener(searching);
            action.run();
        });
        busy.addListener(searching);
        if (!busy.get()) {
            quiet.play();
        }
    }

    /** What a session that starts with {@code stackDuplicates} asks first: the whole library, its first page first. */
    public static TypedSearch opening(boolean stackDuplicates) {
        return new TypedSearch("", PanelFilters.NONE, Set.of(), false, stackDuplicates);
    }

    /**
     * Readies the backend for the first keystroke, in the background: searches shaped as this session's searches
     * (filters, duplicates stacked or not) run through the whole path a keystroke takes.
     */
    public void warmUp() {
        TypedSearch typing = typed("");
        executor.run(
                () -> {
                    search.warmUp(typing);
                    return true;
                },
                warmed -> {});
    }

    private Query current() {
        return switch (similarTo) {
            case PhotoHit photo -> new SimilarPhoto(photo, filters.get());
            case Path image -> new SimilarImage(image, filters.get());
            case null, default -> {
                TypedSearch typed = typed(text.strip());
                yield new TextQuery(typed, typed.browsing());
            }
        };
    }

    private TypedSearch typed(String query) {
        return new TypedSearch(
                query,
                filters.get(),
                keptAsText,
                showAll,
                stackDuplicates,
                moreLike.stream().map(PhotoHit::photoId).toList(),
                lessLike.stream().map(PhotoHit::photoId).toList());
    }

    /**
     * Shows the answer; a first page that may not be all is followed at once by the whole listing, shown if nothing
     * else was asked for by the time it is in.
     */
    private void answered(Query asked, Answer result) {
        answer.set(result);
        if (asked instanceof TextQuery text
                && text.firstPage()
                && result.results().hits().size() >= FIRST_PAGE) {
            TextQuery whole = new TextQuery(text.request(), false);
            query.set(whole);
            listings.set(listings.get() + 1);
            executor.run(
                    ask(whole, () -> false),
                    listed -> {
                        // Shown before the search stops being busy, so what waits for the answer finds it.
                        if (whole.equals(query.get())) {
                            answer.set(listed);
                        }
                        listings.set(listings.get() - 1);
                    },
                    failure -> {
                        listings.set(listings.get() - 1);
                        executor.errorHandler().accept(failure);
                    });
        }
    }

    private Callable<Answer> ask(Query asked, BooleanSupplier abandoned) {
        return () -> {
            long start = System.nanoTime();
            ShownResults results = switch (asked) {
                case TextQuery typed ->
                    typed.firstPage()
                            ? search.firstPage(typed.request(), FIRST_PAGE)
                            : search.search(typed.request(), abandoned);
                case SimilarPhoto similar ->
                    search.similarToPhoto(similar.photo().photoId(), similar.filters());
                case SimilarImage image -> search.similarToImage(image.image(), image.filters());
            };
            return new Answer(asked, results, start, System.nanoTime() - start);
        };
    }
}
