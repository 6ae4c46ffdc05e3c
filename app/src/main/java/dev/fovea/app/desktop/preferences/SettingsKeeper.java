package dev.fovea.app.desktop.preferences;

import dev.fovea.app.desktop.background.BackgroundExecutor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The settings in force, observable on the FX thread; every change is written to disk in the background. */
public final class SettingsKeeper {
    private final SettingsStore store;
    private final BackgroundExecutor executor;
    private final ReadOnlyObjectWrapper<DesktopSettings> current;

    public SettingsKeeper(SettingsStore store, DesktopSettings loaded, BackgroundExecutor executor) {
        this.store = store;
        this.executor = executor;
        this.current = new ReadOnlyObjectWrapper<>(loaded);
    }

    public DesktopSettings get() {
        return current.get();
    }

    public ReadOnlyObjectProperty<DesktopSettings> property() {
        return current.getReadOnlyProperty();
    }

    public void update(UnaryOperator<DesktopSettings> change) {
        DesktopSettings next = change.apply(current.get());
        if (next.equals(current.get())) {
            return;
        }
        current.set(next);
        executor.run(
                () -> {
                    // Saves may overlap; each writes the newest settings, so the last one on disk is the newest.
                    synchronized (store) {
                        store.save(current.get());
                    }
                    return null;
                },
                ignored -> {});
    }

    /** On exit, when the executor may already be stopping. */
    public void saveNow() throws java.io.IOException {
        synchronized (store) {
            store.save(current.get());
        }
    }
}
