package dev.fovea.indexer.decode;

import dev.fovea.search.image.PixelImage;

/**
 * A decoded photo: upright (EXIF orientation applied) and possibly reduced in scale. The displayed size comes
 * from the decoder, which knows whether the orientation swapped the axes; it is never guessed from the shape.
 *
 * @param sourceWidth the photo's full width as displayed (after orientation)
 * @param sourceHeight the photo's full height as displayed (after orientation)
 * @param format what the content turned out to be: jpeg, png, gif, bmp, webp, tiff, heif, avif or raw (null from test decoders that do not say)
 * @param warning the damage the decoder read past (stray bytes before a marker: libjpeg's "Corrupt JPEG data: 3
 *     extraneous bytes before marker 0xd9"), null when the data was clean; kept in the catalog for the photo
 */
public record DecodedImage(PixelImage image, int sourceWidth, int sourceHeight, String format, String warning) {
    public DecodedImage(PixelImage image, int sourceWidth, int sourceHeight, String format) {
        this(image, sourceWidth, sourceHeight, format, null);
    }
}
