package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.indexer.metadata.MetadataReader;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import dev.fovea.testing.PythonTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Photos that say their orientation somewhere other than an EXIF block, made and turned upright by Pillow
 * ({@code ImageOps.exif_transpose}), against Fovea's decode: from the file (viewer, {@code fovea embed}) and from
 * the orientation the metadata reader gave (the indexer). Lossless formats match pixel for pixel; JPEG and AVIF
 * (libheif here, libavif in Pillow) within four levels on average; a wrong turn moves the band, tens of levels.
 */
class PillowOrientationTest {
    /** A 40 x 24 picture with a blue band on its left, so every turn and mirror moves it somewhere else. */
    private static final String MAKE = """
            import io, sys
            from PIL import Image, ImageOps, PngImagePlugin
            out = sys.argv[1] if len(sys.argv) > 1 else OUT
            im = Image.new("RGB", (40, 24), (200, 30, 20))
            for x in range(9):
                for y in range(24):
                    im.putpixel((x, y), (10, 20, 230))
            im.putpixel((39, 0), (250, 250, 0))
            def xmp(value):
                return ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
                        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about=""'
                        ' xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Orientation="%d"/></rdf:RDF></x:xmpmeta>'
                        '<?xpacket end="w"?>' % value)
            def exif(value):
                e = Image.Exif(); e[0x0112] = value; return e.tobytes()
            name = CASE
            path = out + "/" + name
            if name == "xmp-only.png":
                info = PngImagePlugin.PngInfo(); info.add_itxt("XML:com.adobe.xmp", xmp(6)); im.save(path, pnginfo=info)
            elif name == "raw-profile.png":
                raw = exif(8)
                raw = raw if raw.startswith(b"Exif") else b"Exif\\x00\\x00" + raw
                hexed = raw.hex()
                text = "\\nexif\\n%8d\\n" % len(raw) + "\\n".join(hexed[i:i + 72] for i in range(0, len(hexed), 72)) + "\\n"
                info = PngImagePlugin.PngInfo(); info.add_text("Raw profile type exif", text, zip=True)
                im.save(path, pnginfo=info)
            elif name == "exif-before-xmp.png":
                info = PngImagePlugin.PngInfo(); info.add_itxt("XML:com.adobe.xmp", xmp(6))
                im.save(path, pnginfo=info, exif=exif(3))
            elif name == "xmp-only.webp":
                im.save(path, lossless=True, xmp=xmp(5).encode())
            elif name == "xmp-only.jpg":
                im.save(path, quality=95, xmp=xmp(7).encode())
            elif name == "xmp-only.avif":
                im.save(path, quality=95, xmp=xmp(6).encode())
            upright = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
            open(path + ".rgb", "wb").write(upright.tobytes())
            print(upright.size[0], upright.size[1])
            """;

    @TempDir
    Path workDir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "xmp-only.png",
                "raw-profile.png",
                "exif-before-xmp.png",
                "xmp-only.webp",
                "xmp-only.jpg",
                "xmp-only.avif"
            })
    void turnedAsPillowTurnsIt(String name) throws IOException {
        String[] size = PythonTools.evaluate(
                        MAKE.replace("OUT", repr(workDir.toString())).replace("CASE", repr(name)))
                .strip()
                .split(" ");
        Path photo = workDir.resolve(name);
        byte[] pillow = Files.readAllBytes(workDir.resolve(name + ".rgb"));
        boolean lossless = name.endsWith(".png") || name.endsWith(".webp");

        PhotoDecoder decoder = new PhotoDecoder();
        PixelImage fromFile =
                decoder.decode(photo, DecodeRequest.fullResolution()).image();
        // As indexing hands them over: in an array of a larger photo's size, whose rest is not this photo's.
        byte[] bytes = Files.readAllBytes(photo);
        byte[] content = java.util.Arrays.copyOf(bytes, bytes.length + 4096);
        java.util.Arrays.fill(content, bytes.length, content.length, (byte) 0x55);
        Integer orientation =
                new MetadataReader().read(photo, content, bytes.length).orientation();
        PixelImage fromMetadata = decoder.decode(
                        photo,
                        content,
                        bytes.length,
                        orientation == null ? 1 : orientation,
                        DecodeRequest.fullResolution())
                .image();
        for (PixelImage image : List.of(fromFile, fromMetadata)) {
            assertThat(List.of(image.width(), image.height()))
                    .as("%s upright size", name)
                    .containsExactly(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
            assertThat(image.layout()).isEqualTo(PixelLayout.RGB);
            if (lossless) {
                assertThat(image.pixels()).as("%s pixels", name).isEqualTo(pillow);
            } else {
                // Another decoder's rounding at the band's sharp edges, not a turn: a wrong turn moves the band.
                assertThat(meanDifference(image.pixels(), pillow))
                        .as("%s mean difference to Pillow's pixels", name)
                        .isLessThan(4.0);
            }
        }
    }

    private static String repr(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static double meanDifference(byte[] a, byte[] b) {
        assertThat(a).hasSameSizeAs(b);
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
        }
        return (double) sum / a.length;
    }
}
