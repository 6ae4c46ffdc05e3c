package dev.fovea.app.desktop.background;

import dev.fovea.app.thread.AppThreads;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the desktop app runs disk, model and index work: a few named daemon threads, so the FX
 * thread never waits. Results and failures come back on the FX thread; a failure nobody handles goes to
 * the app's error handler, never into the void.
 */
public final class BackgroundExecutor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);

    private final ExecutorService pool;
    private final Consumer<Throwable> errorHandler;

    public BackgroundExecutor(int threads, Consumer<Throwable> errorHandler) {
        this.pool = AppThreads.uiWorkers(threads);
        this.errorHandler = errorHandler;
    }

    /** Runs {@code work} in the background, then {@code onSuccess} on the FX thread; failures go to the error handler. */
    public <T> Future<?> run(Callable<T> work, Consumer<? super T> onSuccess) {
        return run(work, onSuccess, errorHandler);
    }

    public <T> Future<?> run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(() -> {
            try {
                T result = work.call();
                if (!Thread.currentThread().isInterrupted()) {
                    Platform.runLater(() -> onSuccess.accept(result));
                }
            } catch (InterruptedException cancelled) {
                Thread.currentThread().interrupt();
            } catch (Throwable failure) {
                LOG.debug("Background work failed", failure);
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }

    /** Runs a task that reports progress through its JavaFX properties. */
    public <T> Task<T> start(Task<T> task) {
        task.setOnFailed(event -> errorHandler.accept(task.getException()));
        submit(task);
        return task;
    }

    /** Work asked for while the app closes (a last progress event, say) is dropped: nobody is there to see it. */
    private Future<?> submit(Runnable work) {
        try {
            return pool.submit(work);
        } catch (RejectedExecutionException closing) {
            LOG.debug("Dropped background work asked for after closing");
            return CompletableFuture.completedFuture(null);
        }
    }

    public Consumer<Throwable> errorHandler() {
        return errorHandler;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
