package dev.fovea.app.desktop;

import dev.fovea.app.FoveaHome;
import javafx.application.Application;

/** Opens the desktop window and returns when it is closed. */
public final class DesktopLauncher {
    private static volatile FoveaHome home;

    private DesktopLauncher() {}

    public static int launch(FoveaHome foveaHome) {
        home = foveaHome;
        Application.launch(FoveaApplication.class);
        return 0;
    }

    static FoveaHome home() {
        return home;
    }
}
