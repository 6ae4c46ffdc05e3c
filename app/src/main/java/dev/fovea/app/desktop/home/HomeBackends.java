package dev.fovea.app.desktop.home;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;

/**
 * The desktop app's backends over a Fovea home: its library (creating the catalog on a first run), search
 * over its serving index, its model store, thumbnails and previews. Indexing starts when the app asks.
 */
public final class HomeBackends {
    private HomeBackends() {}

    public static DesktopBackend open(FoveaHome home) {
        Library library = Library.open(home.root());
        SharedModels models = new SharedModels();
        HomeSearch search = new HomeSearch(home, library, models);
        HomeIndexing indexing = new HomeIndexing(home, library, models, search::libraryChanged);
        HomeLibrary photos = new HomeLibrary(library, indexing, search::libraryChanged, () -> {
            search.close();
            models.close();
        });
        return new DesktopBackend(
                photos,
                search,
                new StoreModels(ModelResolver.store(home)),
                new StoreThumbnails(library.thumbnails()),
                new HomePreviews(),
                new HomeAlbums(library.albums(), search),
                () -> HomeDuplicates.groups(library));
    }
}
