package dev.fovea.app.desktop;

import dev.fovea.app.desktop.home.HomeBackends;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.preferences.SettingsStore;
import dev.fovea.app.desktop.shell.HomeOpening;
import dev.fovea.app.instance.AppInstance;
import dev.fovea.app.instance.LaunchRequest;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.search.FoveaException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/** Opens the desktop window and returns when it is closed. */
public final class DesktopLauncher {
    private static volatile FoveaHome home;
    private static volatile Optional<Path> similarTo = Optional.empty();
    private static volatile DesktopSettings settings;
    private static volatile long launchNanos;
    private static volatile AppInstance instance;
    private static volatile HomeOpening opening;

    private DesktopLauncher() {}

    /**
     * Opens the window; with an image (from "Open with Fovea"), on the photos similar to it. When the home's app
     * is open already, hands the image to it instead (it comes to the front) and returns at once.
     */
    public static int launch(FoveaHome foveaHome, Optional<Path> image) {
        launchNanos = System.nanoTime();
        Optional<AppInstance> claimed = AppInstance.claim(foveaHome.root());
        if (claimed.isEmpty()) {
            LaunchRequest request =
                    image.<LaunchRequest>map(LaunchRequest.SimilarTo::new).orElse(new LaunchRequest.Show());
            if (AppInstance.handOver(foveaHome.root(), request)) {
                return 0;
            }
            throw new FoveaException("Fovea is already open on " + foveaHome.root()
                    + " but does not answer. Close that window (or end its process) and try again.");
        }
        try (AppInstance claimedInstance = claimed.get()) {
            instance = claimedInstance;
            home = foveaHome;
            similarTo = image;
            // Read before the toolkit starts, so the window opens at its remembered size without disk work on the
            // FX thread.
            settings = new SettingsStore(foveaHome.settings()).load();
            // This launch is the home's one instance: the library and its first page open beside JavaFX's start-up.
            opening = HomeOpening.start(foveaHome, settings, HomeBackends::open);
            Application.launch(FoveaApplication.class);
            return 0;
        }
    }

    static AppInstance instance() {
        return instance;
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

    static HomeOpening opening() {
        return opening;
    }

    static long launchNanos() {
        return launchNanos;
    }
}
