package dev.fovea.app.desktop;

import dev.fovea.app.desktop.shell.DesktopShell;
import dev.fovea.app.desktop.system.DesktopSystemActions;
import dev.fovea.app.desktop.system.FxChoosers;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop app over the home's real library, search and models. */
public final class FoveaApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(FoveaApplication.class);

    @Override
    public void start(Stage stage) {
        DesktopShell shell = new DesktopShell(
                stage,
                DesktopLauncher.home(),
                DesktopLauncher.settings(),
                executor -> new DesktopSystemActions(getHostServices(), executor),
                new FxChoosers(),
                Locale.getDefault());
        shell.start(DesktopLauncher.similarTo(), DesktopLauncher.opening());
        DesktopLauncher.instance().onRequest(request -> Platform.runLater(() -> shell.take(request)));
        LOG.info("Window shown {} ms after launch", (System.nanoTime() - DesktopLauncher.launchNanos()) / 1_000_000);
    }
}
