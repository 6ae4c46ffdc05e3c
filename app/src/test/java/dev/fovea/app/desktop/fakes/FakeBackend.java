package dev.fovea.app.desktop.fakes;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.InstalledModel;
import java.nio.file.Path;
import java.util.List;

/** A whole in-memory backend over generated photos, for UI tests, screenshots and the UI benchmark. */
public final class FakeBackend {
    public static final Path PHOTOS = Path.of("/photos");

    private FakeBackend() {}

    /** A library as after an earlier run: folder added, everything indexed, a model active. */
    public static DesktopBackend indexed(int photos, Path work) {
        FakeLibrary library = new FakeLibrary(generate(photos, work), 0).alreadyIndexed(PHOTOS);
        FakeModels models = new FakeModels(0).withActive(new InstalledModel("mobileclip-s2", "MobileCLIP-S2", 397_000_000L, false));
        return of(library, models, work);
    }

    /** A first run: nothing chosen, nothing installed; indexing at {@code photosPerSecond}. */
    public static DesktopBackend firstRun(int photos, double photosPerSecond, long downloadMillis, Path work) {
        return of(new FakeLibrary(generate(photos, work), photosPerSecond), new FakeModels(downloadMillis), work);
    }

    public static DesktopBackend of(FakeLibrary library, FakeModels models, Path work) {
        Path thumbnails = work.resolve("thumbnails");
        return new DesktopBackend(library, new FakeSearch(library), models,
                hash -> FakeLibraryData.thumbnail(thumbnails, hash).toUri().toString());
    }

    private static List<FakePhoto> generate(int photos, Path work) {
        return FakeLibraryData.generate(photos, PHOTOS, work.resolve("thumbnails"));
    }
}
