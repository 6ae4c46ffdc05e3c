package dev.fovea.app.desktop.grid;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.fovea.app.desktop.backend.ThumbnailSource;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.image.Image;

/**
 * Decoded thumbnails in memory, bounded by their pixel bytes, in front of the indexer's disk cache.
 * Images load in JavaFX's background loader, never on the FX thread; a tile that scrolls away before its
 * image arrived cancels the load, so a fast fling through 100,000 photos does not queue 100,000 decodes.
 */
public final class ThumbnailCache {
    /** Sizes are rounded up to this step so a small zoom or window resize reuses what is decoded. */
    private static final int STEP = 64;

    /** @param frameSeconds a video frame's time, null for the photo's (or video's) own thumbnail */
    private record Key(String contentHash, Double frameSeconds, int box) {}

    private final ThumbnailSource source;
    private final Cache<Key, Image> images;
    /**
     * How many takers (tiles, the viewer, album covers) each image has that did not let go of it: when results move
     * under recycled tiles, two tiles hold one photo for a moment, and the one letting go must not cancel the load the
     * other waits for (a cancelled image is an error: a placeholder until the tile is filled again). Weak, since the
     * viewer and the albums never let go; touched on the FX thread only.
     */
    private final Map<Image, Integer> takers = new WeakHashMap<>();

    public ThumbnailCache(ThumbnailSource source, long maxBytes) {
        this.source = source;
        this.images = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Image image) -> key.box() * key.box() * 4)
                // Maintenance is cheap; doing it on the caller keeps the cache off the common pool's unnamed threads.
                .executor(Runnable::run)
                .build();
    }

    /**
     * The thumbnail scaled to fit a {@code box}-pixel square (device pixels), loading in the background
     * when not yet in memory. A failed load (no thumbnail on disk yet) is retried on the next request.
     */
    public Image get(String contentHash, int box) {
        return get(contentHash, null, box);
    }

    /** The thumbnail of a video's frame at {@code frameSeconds}, or with null, of the photo or video itself. */
    public Image get(String contentHash, Double frameSeconds, int box) {
        Key key = key(contentHash, frameSeconds, box);
        Image image = images.getIfPresent(key);
        if (image == null || image.isError()) {
            String url = frameSeconds == null ? source.url(contentHash) : source.frameUrl(contentHash, frameSeconds);
            image = new Image(url, key.box(), key.box(), true, true, true);
            images.put(key, image);
        }
        takers.merge(image, 1, Integer::sum);
        return image;
    }

    /** The tile showing {@code image} moved on: stop loading it if it has not arrived yet and nothing else waits for it. */
    public void abandon(String contentHash, Double frameSeconds, int box, Image image) {
        Integer left = takers.computeIfPresent(image, (taken, count) -> count > 1 ? count - 1 : null);
        if (left == null && image.getProgress() < 1 && !image.isError()) {
            image.cancel();
            images.asMap().remove(key(contentHash, frameSeconds, box), image);
        }
    }

    private static Key key(String contentHash, Double frameSeconds, int box) {
        return new Key(contentHash, frameSeconds, Math.max(STEP, (box + STEP - 1) / STEP * STEP));
    }
}
