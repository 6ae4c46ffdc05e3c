package dev.fovea.app.desktop.search;

import dev.fovea.app.desktop.backend.LibrarySearch;
import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.backend.ShownResults;
import dev.fovea.app.desktop.backend.TypedSearch;
import dev.fovea.app.desktop.background.BackgroundExecutor;
import dev.fovea.app.desktop.background.LatestOnlyRunner;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

/**
 * The state of the photos page's search: what is typed, the panel's filters, the parsed filters the user
 * undid, "show more", and whether it is a similar-photo search instead. Every change asks the backend
 * again (typing after a short pause, everything else at once); only the newest answer is shown.
 */
public final class SearchState {
    /** Long enough to skip the intermediate states of a fast typist, short enough to feel instant. */
    public static final Duration TYPING_PAUSE = Duration.millis(90);

    /** One question to the backend, comparable so the runner can tell a stale answer from the newest. */
    public sealed interface Query permits TextQuery, SimilarPhoto, SimilarImage {}

    public record TextQuery(TypedSearch request) implements Query {}

    public record SimilarPhoto(PhotoHit photo, PanelFilters filters) implements Query {}

    public record SimilarImage(Path image, PanelFilters filters) implements Query {}

    /** @param elapsedNanos backend time, shown beside the result count */
    public record Answer(Query query, ShownResults results, long elapsedNanos) {}

    private final LibrarySearch search;
    private final LatestOnlyRunner<Query, Answer> runner;
    private final ObjectProperty<PanelFilters> filters = new SimpleObjectProperty<>(PanelFilters.NONE);
    private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Query> query = new ReadOnlyObjectWrapper<>();
    private final Set<String> keptAsText = new HashSet<>();
    private String text = "";
    private boolean showAll;
    private boolean stackDuplicates;
    private Object similarTo;

    public SearchState(LibrarySearch search, BackgroundExecutor executor, boolean stackDuplicates) {
        this.search = search;
        this.stackDuplicates = stackDuplicates;
        this.runner = new LatestOnlyRunner<>(executor, TYPING_PAUSE, this::ask, (asked, result) -> answer.set(result));
        filters.addListener((property, old, now) -> askNow());
    }

    /** The search field changed: search again once typing pauses. */
    public void type(String newText) {
        if (newText.equals(text) && similarTo == null) {
            return;
        }
        text = newText;
        similarTo = null;
        showAll = false;
        Query next = current();
        query.set(next);
        runner.request(next);
    }

    /** Enter, or any change that is not typing. */
    public void askNow() {
        Query next = current();
        query.set(next);
        runner.requestNow(next);
    }

    public void showMore() {
        showAll = true;
        askNow();
    }

    public void keepAsText(String phrase) {
        keptAsText.add(phrase);
        askNow();
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

    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    private Query current() {
        return switch (similarTo) {
            case PhotoHit photo -> new SimilarPhoto(photo, filters.get());
            case Path image -> new SimilarImage(image, filters.get());
            case null, default ->
                new TextQuery(new TypedSearch(text.strip(), filters.get(), keptAsText, showAll, stackDuplicates));
        };
    }

    private Callable<Answer> ask(Query asked) {
        return () -> {
            long start = System.nanoTime();
            ShownResults results = switch (asked) {
                case TextQuery typed -> search.search(typed.request());
                case SimilarPhoto similar ->
                    search.similarToPhoto(similar.photo().photoId(), similar.filters());
                case SimilarImage image -> search.similarToImage(image.image(), image.filters());
            };
            return new Answer(asked, results, System.nanoTime() - start);
        };
    }
}
