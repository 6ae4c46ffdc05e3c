package dev.fovea.app.desktop;

import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.preferences.SettingsStore;
import dev.fovea.indexer.FoveaHome;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/** Opens the desktop window and returns when it is closed. */
public final class DesktopLauncher {
    private static volatile FoveaHome home;
    private static volatile Optional<Path> similarTo = Optional.empty();
    private static volatile DesktopSettings settings;
    private static volatile long launchNanos;

    private DesktopLauncher() {}

    /** Opens the window; with an image (from "Open with Fovea"), on the photos similar to it. */
    public static int launch(FoveaHome foveaHome, Optional<Path> image) {
        launchNanos = System.nanoTime();
        home = foveaHome;
        similarTo = image;
        // Read before the toolkit starts, so the window opens at its remembered size without disk work on the FX
        // thread.
        settings = new SettingsStore(foveaHome.settings()).load();
        Application.launch(FoveaApplication.class);
        return 0;
    }

    static FoveaHome home() {
        return home;
    }

    static Optional<Path> similarTo() {
        return similarTo;
    }

    static DesktopSettings settings() {
        return settings;
    }

    static long launchNanos() {
        return launchNanos;
    }
}
