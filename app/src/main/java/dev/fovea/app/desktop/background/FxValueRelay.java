package dev.fovea.app.desktop.background;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Carries a value published often on some background thread (indexing progress) into a JavaFX property.
 * Only the latest value matters, so at most one hand-over is queued on the FX thread at a time, however
 * fast the publisher is.
 */
public final class FxValueRelay<T> implements Consumer<T> {
    private final ReadOnlyObjectWrapper<T> value;
    private final AtomicReference<T> latest = new AtomicReference<>();

    public FxValueRelay(T initial) {
        value = new ReadOnlyObjectWrapper<>(initial);
    }

    @Override
    public void accept(T next) {
        if (latest.getAndSet(next) == null) {
            Platform.runLater(() -> value.set(latest.getAndSet(null)));
        }
    }

    public ReadOnlyObjectProperty<T> property() {
        return value.getReadOnlyProperty();
    }
}
