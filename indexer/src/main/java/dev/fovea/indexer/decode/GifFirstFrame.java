package dev.fovea.indexer.decode;

import dev.fovea.search.image.PixelImage;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Node;

/**
 * A GIF's first frame as PIL shows it: placed at its offset on the logical screen (grown to fit it), the rest
 * filled with the frame's transparent index (or index 0), through the frame's palette. A palette that maps
 * index i to grey i makes PIL read the picture as greyscale (mode L, resampled smoothly), any other palette
 * as mode P (resampled nearest).
 */
final class GifFirstFrame {
    private GifFirstFrame() {}

    static PixelImage read(ImageReader reader, Path file, DecodeLimits limits) throws IOException {
        BufferedImage frame = reader.read(0);
        if (!(frame.getColorModel() instanceof IndexColorModel palette)) {
            return RasterPixels.toPixelImage(frame, true);
        }
        Node screen =
                child(reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0"), "LogicalScreenDescriptor");
        IIOMetadata imageMetadata = reader.getImageMetadata(0);
        Node image = imageMetadata.getAsTree("javax_imageio_gif_image_1.0");
        Node descriptor = child(image, "ImageDescriptor");
        Node control = child(image, "GraphicControlExtension");
        int screenWidth = attribute(screen, "logicalScreenWidth", frame.getWidth());
        int screenHeight = attribute(screen, "logicalScreenHeight", frame.getHeight());
        if (screenWidth <= 0 || screenHeight <= 0) {
            screenWidth = frame.getWidth();
            screenHeight = frame.getHeight();
        }
        int left = attribute(descriptor, "imageLeftPosition", 0);
        int top = attribute(descriptor, "imageTopPosition", 0);
        // PIL grows the canvas to hold a first frame that reaches past the logical screen: a frame placed far out
        // makes a tiny file declare a huge canvas, which is held whole, so the limits apply to the grown size.
        screenWidth = Math.max(screenWidth, left + frame.getWidth());
        screenHeight = Math.max(screenHeight, top + frame.getHeight());
        limits.checkSource(file, screenWidth, screenHeight, "GIF");
        if (!limits.fits((long) screenWidth * screenHeight)) {
            throw limits.tooLarge(file, screenWidth, screenHeight);
        }
        boolean transparent = control != null
                && "TRUE".equalsIgnoreCase(((org.w3c.dom.Element) control).getAttribute("transparentColorFlag"));
        int background = transparent ? attribute(control, "transparentColorIndex", 0) : 0;

        byte[] indices = new byte[screenWidth * screenHeight];
        java.util.Arrays.fill(indices, (byte) background);
        Raster raster = frame.getRaster();
        int[] row = new int[frame.getWidth()];
        for (int y = 0; y < frame.getHeight(); y++) {
            int screenY = top + y;
            if (screenY < 0 || screenY >= screenHeight) {
                continue;
            }
            raster.getSamples(0, y, frame.getWidth(), 1, 0, row);
            for (int x = 0; x < frame.getWidth(); x++) {
                int screenX = left + x;
                if (screenX >= 0 && screenX < screenWidth) {
                    indices[screenY * screenWidth + screenX] = (byte) row[x];
                }
            }
        }
        BufferedImage composed = new BufferedImage(screenWidth, screenHeight, BufferedImage.TYPE_BYTE_INDEXED, palette);
        composed.getRaster().setDataElements(0, 0, screenWidth, screenHeight, indices);
        return RasterPixels.toPixelImage(composed, !RasterPixels.isIdentityGray(palette));
    }

    private static Node child(Node parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (name.equals(node.getNodeName())) {
                return node;
            }
        }
        return null;
    }

    private static int attribute(Node node, String name, int fallback) {
        if (node == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(((org.w3c.dom.Element) node).getAttribute(name));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
