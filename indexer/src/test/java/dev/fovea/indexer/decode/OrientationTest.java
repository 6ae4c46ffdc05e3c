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
