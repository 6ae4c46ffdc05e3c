package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import dev.fovea.testing.PythonTools;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 2- and 4-bit greyscale TIFFs (PhotometricInterpretation BlackIsZero, uncompressed, rows padded to a byte),
 * written byte by byte and read by Pillow: Pillow reads them as mode L, grey levels scaled to 0..255, so open_clip
 * resizes them smoothly. Fovea must read the same grey pixels, and as greyscale rather than a palette picture
 * (which would be resized nearest-neighbour).
 */
class GreyTiffTest {
    private static final String MAKE = """
            import struct, sys
            from PIL import Image
            path, bits = PATH, BITS
            width, height = 37, 11
            levels = (1 << bits) - 1
            per_row = (width * bits + 7) // 8
            rows = bytearray()
            for y in range(height):
                row, acc, used = bytearray(), 0, 0
                for x in range(width):
                    acc = (acc << bits) | ((x * 3 + y * 5) % (levels + 1)); used += bits
                    if used == 8:
                        row.append(acc); acc, used = 0, 0
                if used:
                    row.append(acc << (8 - used))
                assert len(row) == per_row
                rows += row
            entries = [(256, 3, width), (257, 3, height), (258, 3, bits), (259, 3, 1), (262, 3, 1),
                       (273, 4, 0), (277, 3, 1), (278, 3, height), (279, 4, len(rows))]
            ifd_size = 2 + 12 * len(entries) + 4
            data_offset = 8 + ifd_size
            out = bytearray(b"II*\\x00") + struct.pack("<I", 8) + struct.pack("<H", len(entries))
            for tag, kind, value in entries:
                value = data_offset if tag == 273 else value
                out += struct.pack("<HHI", tag, kind, 1)
                out += struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value)
            out += struct.pack("<I", 0) + rows
            open(path, "wb").write(out)
            im = Image.open(path)
            print(im.mode, im.size[0], im.size[1], im.tobytes().hex())
            """;

    @TempDir
    Path workDir;

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void readAsPillowReadsThem(int bits) throws IOException {
        Path tiff = workDir.resolve("grey-" + bits + ".tif");
        String[] pillow = PythonTools.evaluate(
                        MAKE.replace("PATH", "'" + tiff + "'").replace("BITS", Integer.toString(bits)))
                .strip()
                .split(" ");
        assertThat(pillow[0]).as("Pillow's mode").isEqualTo("L");

        PixelImage image =
                new PhotoDecoder().decode(tiff, DecodeRequest.fullResolution()).image();

        assertThat(image.layout()).isEqualTo(PixelLayout.GRAY);
        assertThat(image.palette())
                .as("resampled as greyscale, not nearest like a palette")
                .isFalse();
        assertThat(image.width()).isEqualTo(Integer.parseInt(pillow[1]));
        assertThat(image.height()).isEqualTo(Integer.parseInt(pillow[2]));
        assertThat(java.util.HexFormat.of().formatHex(image.pixels())).isEqualTo(pillow[3]);
    }
}
