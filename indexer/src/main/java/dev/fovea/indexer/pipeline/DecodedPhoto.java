package dev.fovea.indexer.pipeline;

import dev.fovea.search.image.PixelImage;

/**
 * A decoded photo: the upright picture, possibly reduced, and the size of the original as stored.
 *
 * @param format the format found in the content, lower case (jpeg, png, heif...), or null when the decoder does not say
 */
public record DecodedPhoto(PixelImage image, int sourceWidth, int sourceHeight, String format) {

    /** The original's width and height as displayed: the picture is upright, the source size may not be. */
    public int[] displayedSize() {
        boolean imageLandscape = image.width() >= image.height();
        boolean sourceLandscape = sourceWidth >= sourceHeight;
        return imageLandscape == sourceLandscape || sourceWidth == sourceHeight
                ? new int[] {sourceWidth, sourceHeight}
                : new int[] {sourceHeight, sourceWidth};
    }
}
