package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import org.junit.jupiter.api.Test;

class OrientationTest {
    /** Stored 3 x 2: a b c / d e f. */
    private static final PixelImage STORED =
            new PixelImage(3, 2, PixelLayout.GRAY, new byte[] {'a', 'b', 'c', 'd', 'e', 'f'});

    @Test
    void everyExifValueMovesPixelsAsTheExifSpecificationDraws() {
        // The upright picture, row by row, for each stored orientation (EXIF 2.3, tag 0x0112).
        assertThat(upright(1)).isEqualTo("abc/def");
        assertThat(upright(2)).isEqualTo("cba/fed");
        assertThat(upright(3)).isEqualTo("fed/cba");
        assertThat(upright(4)).isEqualTo("def/abc");
        assertThat(upright(5)).isEqualTo("ad/be/cf");
        assertThat(upright(6)).isEqualTo("da/eb/fc");
        assertThat(upright(7)).isEqualTo("fc/eb/da");
        assertThat(upright(8)).isEqualTo("cf/be/ad");
    }

    @Test
    void largerPicturesMoveEveryPixelAcrossTileEdges() {
        // 270 x 131 RGB (tiles are 128 pixels a side; neither side divides), samples that vary along both axes.
        int width = 270;
        int height = 131;
        byte[] pixels = new byte[width * height * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 31 + i / 256);
        }
        PixelImage stored = new PixelImage(width, height, PixelLayout.RGB, pixels);
        for (int exif = 2; exif <= 8; exif++) {
            ExifTransform transform = ExifTransform.fromExif(exif);
            PixelImage upright = transform.apply(stored);
            assertThat(upright.width()).isEqualTo(transform.swapsAxes() ? height : width);
            for (int y = 0; y < upright.height(); y++) {
                for (int x = 0; x < upright.width(); x++) {
                    // Where EXIF 2.3 draws output (x, y) in the stored picture.
                    int from = switch (exif) {
                        case 2 -> y * width + (width - 1 - x);
                        case 3 -> (height - 1 - y) * width + (width - 1 - x);
                        case 4 -> (height - 1 - y) * width + x;
                        case 5 -> x * width + y;
                        case 6 -> (height - 1 - x) * width + y;
                        case 7 -> (height - 1 - x) * width + (width - 1 - y);
                        default -> x * width + (width - 1 - y);
                    };
                    for (int channel = 0; channel < 3; channel++) {
                        assertThat(upright.pixels()[(y * upright.width() + x) * 3 + channel])
                                .as("orientation %d, pixel (%d, %d)", exif, x, y)
                                .isEqualTo(pixels[from * 3 + channel]);
                    }
                }
            }
        }
    }

    @Test
    void missingOrInvalidValuesLeaveThePictureAsStored() {
        assertThat(upright(0)).isEqualTo("abc/def");
        assertThat(upright(9)).isEqualTo("abc/def");
        assertThat(upright(-1)).isEqualTo("abc/def");
    }

    private static String upright(int exif) {
        PixelImage image = ExifTransform.fromExif(exif).apply(STORED);
        StringBuilder rows = new StringBuilder();
        for (int y = 0; y < image.height(); y++) {
            if (y > 0) {
                rows.append('/');
            }
            for (int x = 0; x < image.width(); x++) {
                rows.append((char) image.pixels()[y * image.width() + x]);
            }
        }
        return rows.toString();
    }
}
