package dev.fovea.app.desktop.fakes;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.InstalledModel;
import dev.fovea.app.desktop.backend.ModelManager;
import dev.fovea.search.FoveaException;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** A whole in-memory backend over generated photos, for UI tests, screenshots and the UI benchmark. */
public final class FakeBackend {
    public static final Path PHOTOS = Path.of("/photos");

    private FakeBackend() {}

    /** A library as after an earlier run: folder added, everything indexed, a model active. */
    public static DesktopBackend indexed(int photos, Path work) {
        return indexed(
                photos,
                new FakeModels(0).withActive(new InstalledModel("mobileclip-s2", "MobileCLIP-S2", 397_000_000L, false)),
                work);
    }

    /** The same with the given models. */
    public static DesktopBackend indexed(int photos, ModelManager models, Path work) {
        return of(new FakeLibrary(generate(photos, work), 0).alreadyIndexed(PHOTOS), models, work);
    }

    /** A first run: nothing chosen, nothing installed; indexing at {@code photosPerSecond}. */
    public static DesktopBackend firstRun(int photos, double photosPerSecond, ModelManager models, Path work) {
        return of(new FakeLibrary(generate(photos, work), photosPerSecond), models, work);
    }

    public static DesktopBackend of(FakeLibrary library, ModelManager models, Path work) {
        Path thumbnails = work.resolve("thumbnails");
        FakeAlbums albums = new FakeAlbums();
        return new DesktopBackend(
                library,
                new FakeSearch(library, albums),
                models,
                hash -> FakeLibraryData.thumbnail(thumbnails, hash).toUri().toString(),
                (photo, minShortSide) -> preview(library, thumbnails, photo),
                albums,
                // Made-up photos are all different shots: the duplicates page is tested on the real backends.
                List::of);
    }

    /** The made-up photos exist only as thumbnails: the viewer gets those, decoded as the real decoder would. */
    private static PixelImage preview(FakeLibrary library, Path thumbnails, Path photo) {
        FakePhoto fake = library.photos().stream()
                .filter(candidate -> candidate.path().equals(photo))
                .findFirst()
                .orElseThrow(() -> new FoveaException(photo + " is not in the library."));
        try {
            BufferedImage picture = ImageIO.read(
                    FakeLibraryData.thumbnail(thumbnails, fake.contentHash()).toFile());
            byte[] rgb = new byte[picture.getWidth() * picture.getHeight() * 3];
            for (int y = 0, o = 0; y < picture.getHeight(); y++) {
                for (int x = 0; x < picture.getWidth(); x++, o += 3) {
                    int pixel = picture.getRGB(x, y);
                    rgb[o] = (byte) (pixel >> 16);
                    rgb[o + 1] = (byte) (pixel >> 8);
                    rgb[o + 2] = (byte) pixel;
                }
            }
            return new PixelImage(picture.getWidth(), picture.getHeight(), PixelLayout.RGB, rgb);
        } catch (IOException e) {
            throw new FoveaException("Cannot read the thumbnail of " + photo, e);
        }
    }

    private static List<FakePhoto> generate(int photos, Path work) {
        return FakeLibraryData.generate(photos, PHOTOS, work.resolve("thumbnails"));
    }
}
