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

    private TiffTags() {}

    /**
     * Whether the first picture's alpha is associated (premultiplied, ExtraSamples = 1): the TIFF readers
     * deliver such samples as they are stored, PIL unpremultiplies them.
     */
    static boolean associatedAlpha(ImageReader reader) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null
                    || !java.util.Arrays.asList(metadata.getMetadataFormatNames())
                            .contains(FORMAT)) {
                return false;
            }
            NodeList fields = ((Element) metadata.getAsTree(FORMAT)).getElementsByTagName("TIFFField");
            for (int i = 0; i < fields.getLength(); i++) {
                Element field = (Element) fields.item(i);
                if (Integer.toString(EXTRA_SAMPLES).equals(field.getAttribute("number"))) {
                    Node value = field.getElementsByTagName("TIFFShort").item(0);
                    return value != null
                            && Integer.toString(ASSOCIATED_ALPHA).equals(((Element) value).getAttribute("value"));
                }
            }
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
