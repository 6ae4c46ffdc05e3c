package dev.fovea.indexer.decode;

import dev.fovea.search.image.PixelImage;

/**
 * A decoder's result before orientation: the pixels as stored (possibly at a reduced scale) and the stored
 * picture's full size.
 */
record StoredPicture(PixelImage image, int width, int height) {}
