package dev.fovea.indexer.decode;

import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** TIFF tags ImageIO reads but does not act on, from the standard TIFF metadata tree. */
final class TiffTags {
    private static final String FORMAT = "com_sun_media_imageio_plugins_tiff_image_1.0";
    private static final int EXTRA_SAMPLES = 338;
    private static final int ASSOCIATED_ALPHA = 1;
    private static final int PHOTOMETRIC_INTERPRETATION = 262;
    private static final int PALETTE_COLOUR = 3;

    private TiffTags() {}

    /**
     * Whether the first picture's alpha is associated (premultiplied, ExtraSamples = 1): the TIFF readers
     * deliver such samples as they are stored, PIL unpremultiplies them.
     */
    static boolean associatedAlpha(ImageReader reader) {
        return firstShort(reader, EXTRA_SAMPLES) == ASSOCIATED_ALPHA;
    }

    /** Whether the first picture is palette colour (PhotometricInterpretation = 3), not greyscale or RGB. */
    static boolean paletteColour(ImageReader reader) {
        return firstShort(reader, PHOTOMETRIC_INTERPRETATION) == PALETTE_COLOUR;
    }

    /** The first value of a SHORT tag of the first picture, or -1 when it is absent or unreadable. */
    private static int firstShort(ImageReader reader, int tag) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null
                    || !java.util.Arrays.asList(metadata.getMetadataFormatNames())
                            .contains(FORMAT)) {
                return -1;
            }
            NodeList fields = ((Element) metadata.getAsTree(FORMAT)).getElementsByTagName("TIFFField");
            for (int i = 0; i < fields.getLength(); i++) {
                Element field = (Element) fields.item(i);
                if (Integer.toString(tag).equals(field.getAttribute("number"))) {
                    Node value = field.getElementsByTagName("TIFFShort").item(0);
                    return value == null ? -1 : Integer.parseInt(((Element) value).getAttribute("value"));
                }
            }
            return -1;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
