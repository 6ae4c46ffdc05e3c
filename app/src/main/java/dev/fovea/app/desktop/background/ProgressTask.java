package dev.fovea.app.desktop.background;

import javafx.concurrent.Task;

/**
 * Adapts blocking backend work that reports through a plain listener to a JavaFX {@link Task}, whose
 * progress and message properties the UI binds to. Task already coalesces updates onto the FX thread.
 */
public final class ProgressTask<T> extends Task<T> {

    /** What the work reports to; callable from any thread. */
    public interface Progress {
        void update(double done, double total, String message);
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final Work<T> work;

    public ProgressTask(Work<T> work) {
        this.work = work;
    }

    @Override
    protected T call() throws Exception {
        return work.run((done, total, message) -> {
            updateProgress(done, total);
            if (message != null) {
                updateMessage(message);
            }
        });
    }
}
