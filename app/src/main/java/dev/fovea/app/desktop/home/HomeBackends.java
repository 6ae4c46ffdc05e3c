package dev.fovea.app.desktop.home;

import dev.fovea.app.FoveaHome;
import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.search.FoveaException;

/**
 * The desktop app's backends over a Fovea home. The model store ({@link StoreModels}) and previews
 * ({@link DecoderPreviews}) are wired; the photo library and its search come with the indexer's
 * {@code dev.fovea.indexer.Library} and the search side's {@code dev.fovea.search.query.PhotoSearch}, which
 * this build does not have yet. Until then the app opens and says so instead of showing an empty library.
 */
public final class HomeBackends {
    private HomeBackends() {}

    public static DesktopBackend open(FoveaHome home) {
        throw new FoveaException("This build of Fovea cannot open the photo library in " + home.root()
                + " yet: the indexer and search are not part of it. The command line's `fovea model` works meanwhile.");
    }
}
