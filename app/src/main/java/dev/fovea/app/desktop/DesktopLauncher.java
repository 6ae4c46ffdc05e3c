package dev.fovea.app.desktop;

import dev.fovea.app.FoveaHome;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/** Opens the desktop window and returns when it is closed. */
public final class DesktopLauncher {
    private static volatile FoveaHome home;
    private static volatile Optional<Path> similarTo = Optional.empty();

    private DesktopLauncher() {}

    /** Opens the window; with an image (from "Open with Fovea"), on the photos similar to it. */
    public static int launch(FoveaHome foveaHome, Optional<Path> image) {
        home = foveaHome;
        similarTo = image;
        Application.launch(FoveaApplication.class);
        return 0;
    }

    static FoveaHome home() {
        return home;
    }

    static Optional<Path> similarTo() {
        return similarTo;
    }
}
