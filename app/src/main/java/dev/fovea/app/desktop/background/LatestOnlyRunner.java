package dev.fovea.app.desktop.background;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs a query for the latest request only, as someone types: a request starts at once when nothing runs (no
 * fixed pause, so a keystroke is answered in the time of one query), keeps at most one query running, and when
 * several requests arrive while one runs, runs only the last. A fast typist's keystrokes thus pause themselves
 * exactly as long as a query takes. A result is delivered only if nothing newer was asked meanwhile, so the grid
 * never flickers through stale answers. Call from the FX thread; results arrive on it.
 */
public final class LatestOnlyRunner<Q, R> {
    private final BackgroundExecutor executor;
    private final Function<Q, Callable<R>> query;
    private final BiConsumer<Q, R> deliver;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Q latest;
    private Q pending;
    private boolean running;

    public LatestOnlyRunner(BackgroundExecutor executor, Function<Q, Callable<R>> query, BiConsumer<Q, R> deliver) {
        this.executor = executor;
        this.query = query;
        this.deliver = deliver;
    }

    /** True from a request until its answer (or failure) is in and nothing else waits. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Asks for {@code request}: now, or when the query running ends if nothing newer is asked by then. */
    public void request(Q request) {
        latest = request;
        busy.set(true);
        launch(request);
    }

    private void launch(Q request) {
        if (running) {
            pending = request;
            return;
        }
        running = true;
        executor.run(query.apply(request), result -> finished(request, result), failure -> {
            finished(request, null);
            executor.errorHandler().accept(failure);
        });
    }

    private void finished(Q request, R result) {
        running = false;
        if (result != null && Objects.equals(request, latest)) {
            deliver.accept(request, result);
        }
        Q next = pending;
        pending = null;
        if (next != null && !next.equals(request)) {
            launch(next);
        }
        busy.set(running);
    }
}
