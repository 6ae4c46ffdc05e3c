package dev.fovea.indexer.testing;

import dev.fovea.indexer.decode.DecodedImage;
import dev.fovea.indexer.pipeline.PhotoDecoding;
import dev.fovea.indexer.pipeline.PhotoSkippedException;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/** A plain ImageIO decoder standing in for the real one in pipeline tests; counts its decodes. */
public final class ImageIoDecoding implements PhotoDecoding {
    public final AtomicLong decodes = new AtomicLong();

    @Override
    public DecodedImage decode(Path file, int minShortSide) {
        decodes.incrementAndGet();
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new PhotoSkippedException("undecodable", file + ": " + e.getMessage(), e);
        }
        if (image == null) {
            throw new PhotoSkippedException("unsupported-format", file + " is not an image ImageIO reads.");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] rgb = new byte[width * height * 3];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int at = (y * width + x) * 3;
                rgb[at] = (byte) (row[x] >> 16);
                rgb[at + 1] = (byte) (row[x] >> 8);
                rgb[at + 2] = (byte) row[x];
            }
        }
        // The format is left to the metadata, as for a decoder that does not say.
        return new DecodedImage(new PixelImage(width, height, PixelLayout.RGB, rgb), width, height, null);
    }
}
