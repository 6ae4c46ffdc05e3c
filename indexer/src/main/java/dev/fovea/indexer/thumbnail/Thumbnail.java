package dev.fovea.indexer.thumbnail;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** A thumbnail as {@link ThumbnailMaker} scaled it, before it is compressed into the JPEG the store keeps. */
public record Thumbnail(BufferedImage image) {
    public Thumbnail {
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalArgumentException("A thumbnail is BGR, not image type " + image.getType());
        }
    }

    public byte[] jpeg() {
        return ThumbnailMaker.jpeg(image);
    }

    /** Its pixels as RGB. */
    public PixelImage pixels() {
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] rgb = new byte[bgr.length];
        for (int i = 0; i < bgr.length; i += 3) {
            rgb[i] = bgr[i + 2];
            rgb[i + 1] = bgr[i + 1];
            rgb[i + 2] = bgr[i];
        }
        return new PixelImage(image.getWidth(), image.getHeight(), PixelLayout.RGB, rgb);
    }
}
