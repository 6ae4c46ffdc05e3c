package dev.fovea.app.desktop;

import dev.fovea.app.FoveaHome;
import dev.fovea.app.desktop.settings.DesktopSettings;
import dev.fovea.app.desktop.settings.SettingsStore;
import javafx.application.Application;

/** Opens the desktop window and returns when it is closed. */
public final class DesktopLauncher {
    private static volatile FoveaHome home;
    private static volatile DesktopSettings settings;
    private static volatile long launchNanos;

    private DesktopLauncher() {}

    public static int launch(FoveaHome foveaHome) {
        launchNanos = System.nanoTime();
        home = foveaHome;
        // Read before the toolkit starts, so the window opens at its remembered size without disk work on the FX thread.
        settings = new SettingsStore(foveaHome.settings()).load();
        Application.launch(FoveaApplication.class);
        return 0;
    }

    static FoveaHome home() {
        return home;
    }

    static DesktopSettings settings() {
        return settings;
    }

    static long launchNanos() {
        return launchNanos;
    }
}
