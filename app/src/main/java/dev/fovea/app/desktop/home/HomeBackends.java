package dev.fovea.app.desktop.home;

import dev.fovea.app.FoveaHome;
import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.search.FoveaException;

/** The desktop app's backends over a Fovea home: the indexer's library, the search, the model store. */
public final class HomeBackends {
    private HomeBackends() {}

    public static DesktopBackend open(FoveaHome home) {
        throw new FoveaException("This build of Fovea has no photo library yet (the indexer is not part of it). "
                + "Use a build that includes it.");
    }
}
