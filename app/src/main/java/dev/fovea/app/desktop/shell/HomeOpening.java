package dev.fovea.app.desktop.shell;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.LibraryFolder;
import dev.fovea.app.desktop.preferences.DesktopSettings;
import dev.fovea.app.desktop.search.SearchState;
import dev.fovea.app.thread.AppThreads;
import dev.fovea.indexer.FoveaHome;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home's backend opening, then (unless this is a first run) the index opening and the first page being listed
 * ahead, on a thread of its own: started before JavaFX, once this launch is known to be the home's one instance, so
 * that it runs beside the toolkit's start-up and the window's instead of after them.
 */
public final class HomeOpening {
    private static final Logger LOG = LoggerFactory.getLogger(HomeOpening.class);

    /** Opens the real (or, in tests, a fake) backend; slow, so it runs in the background. */
    @FunctionalInterface
    public interface BackendOpener {
        DesktopBackend open(FoveaHome home);
    }

    /** @param folders the library's folders when the first-run welcome shows (a home indexed without a model) */
    record Opened(DesktopBackend backend, boolean firstRun, List<Path> folders) {}

    private final CompletableFuture<Opened> opened = new CompletableFuture<>();

    private HomeOpening() {}

    /** Starts opening {@code home} with {@code opener}; the first page is listed as {@code settings} show it. */
    public static HomeOpening start(FoveaHome home, DesktopSettings settings, BackendOpener opener) {
        HomeOpening opening = new HomeOpening();
        AppThreads.homeOpening(() -> opening.open(home, settings, opener));
        return opening;
    }

    /** The opened backend; waits for it. A failure to open is thrown as it was. */
    Opened await() throws Exception {
        try {
            return opened.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception failure) {
                throw failure;
            }
            throw e;
        }
    }

    private void open(FoveaHome home, DesktopSettings settings, BackendOpener opener) {
        Opened backend;
        try {
            backend = opened(opener.open(home));
        } catch (RuntimeException | Error failure) {
            opened.completeExceptionally(failure);
            return;
        }
        opened.complete(backend);
        if (!backend.firstRun()) {
            try {
                // The index opens, and the first page is listed, while the main window is built.
                backend.backend()
                        .search()
                        .open(SearchState.opening(settings.stackDuplicates()), SearchState.FIRST_PAGE);
            } catch (RuntimeException failure) {
                // The first page is then listed when asked for, and that attempt says why if it fails too.
                LOG.warn("Could not list the first page ahead: {}", failure.toString());
            }
        }
    }

    private static Opened opened(DesktopBackend backend) {
        boolean hasFolders = backend.library().hasFolders();
        boolean firstRun = !hasFolders || backend.models().active().isEmpty();
        List<Path> folders = firstRun && hasFolders
                ? backend.library().folders().stream().map(LibraryFolder::path).toList()
                : List.of();
        return new Opened(backend, firstRun, folders);
    }
}
