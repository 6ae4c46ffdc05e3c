package dev.fovea.app.desktop.background;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs a query for the latest request only, as someone types: a request starts at once when nothing runs (no
 * fixed pause, so a keystroke is answered in the time of one query) and keeps at most one query running. A request
 * that arrives while another query runs tells that query it is abandoned (the query checks, and stops by throwing
 * {@link CancellationException}) and starts as soon as it has stopped; of several such requests only the last runs.
 * A keystroke thus waits for the stale query to notice, not for its answer. A result is delivered only if nothing
 * newer was asked meanwhile, so the grid never flickers through stale answers. Call from the FX thread; results
 * arrive on it.
 */
public final class LatestOnlyRunner<Q, R> {
    private final BackgroundExecutor executor;
    private final BiFunction<Q, BooleanSupplier, Callable<R>> query;
    private final BiConsumer<Q, R> deliver;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Q latest;
    private Q pending;
    private Q running;
    private AtomicBoolean runningAbandoned;

    /** @param query the work for a request, which should check the supplier now and then and stop once it says true */
    public LatestOnlyRunner(
            BackgroundExecutor executor, BiFunction<Q, BooleanSupplier, Callable<R>> query, BiConsumer<Q, R> deliver) {
        this.executor = executor;
        this.query = query;
        this.deliver = deliver;
    }

    /** True from a request until its answer (or failure) is in and nothing else waits. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Asks for {@code request}: now, or as soon as the query running has stopped if nothing newer is asked by then. */
    public void request(Q request) {
        latest = request;
        busy.set(true);
        launch(request);
    }

    private void launch(Q request) {
        if (running != null) {
            if (request.equals(running) && !runningAbandoned.get()) {
                pending = null;
            } else {
                runningAbandoned.set(true);
                pending = request;
            }
            return;
        }
        running = request;
        AtomicBoolean abandoned = new AtomicBoolean();
        runningAbandoned = abandoned;
        executor.run(query.apply(request, abandoned::get), result -> finished(request, result), failure -> {
            finished(request, null);
            if (!(failure instanceof CancellationException)) {
                executor.errorHandler().accept(failure);
            }
        });
    }

    private void finished(Q request, R result) {
        running = null;
        if (result != null && Objects.equals(request, latest)) {
            deliver.accept(request, result);
        }
        Q next = pending;
        pending = null;
        // The same request again needs no second run, unless the first stopped without its answer.
        if (next != null && (result == null || !next.equals(request))) {
            launch(next);
        }
        busy.set(running != null);
    }
}
