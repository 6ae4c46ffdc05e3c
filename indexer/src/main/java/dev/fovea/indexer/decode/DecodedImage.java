package dev.fovea.indexer.decode;

import dev.fovea.search.image.PixelImage;

/**
 * A decoded photo: upright (EXIF orientation applied) and possibly reduced in scale.
 *
 * @param sourceWidth the photo's full width as displayed (after orientation)
 * @param sourceHeight the photo's full height as displayed (after orientation)
 * @param format what the content turned out to be: jpeg, png, gif, bmp, webp, tiff, heif, avif or raw
 */
public record DecodedImage(PixelImage image, int sourceWidth, int sourceHeight, String format) {}
