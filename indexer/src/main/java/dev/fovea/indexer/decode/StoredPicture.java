package dev.fovea.indexer.decode;

import dev.fovea.search.image.PixelImage;

/**
 * A decoder's result before orientation: the pixels as stored (possibly at a reduced scale) and the stored
 * picture's full size.
 *
 * @param warning what the decoder recovered from (libjpeg's "Corrupt JPEG data: ..."), null when the data was clean
 */
record StoredPicture(PixelImage image, int width, int height, String warning) {
    StoredPicture(PixelImage image, int width, int height) {
        this(image, width, height, null);
    }
}
