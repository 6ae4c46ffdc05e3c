package dev.fovea.indexer.decode;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import dev.fovea.testing.SyntheticImages;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Photo-like files of every format the suite needs, generated, so the core suite stands without ../shared. */
final class TestPictures {
    private TestPictures() {}

    static Path jpeg(PixelImage image, Path file, float quality) {
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(SyntheticImages.toBufferedImage(image), null, null), param);
            writer.dispose();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 4-channel JPEG: ImageIO writes the raster as CMYK with an Adobe marker. */
    static Path cmykJpeg(int width, int height, long seed, Path file) {
        PixelImage samples = SyntheticImages.generate(width, height, PixelLayout.RGBA, seed);
        WritableRaster raster = Raster.createInterleavedRaster(
                new DataBufferByte(samples.pixels(), samples.pixels().length),
                width,
                height,
                width * 4,
                4,
                new int[] {0, 1, 2, 3},
                null);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
            writer.dispose();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with an EXIF APP1 segment carrying {@code orientation}, right after SOI. */
    static Path jpegWithOrientation(PixelImage image, int orientation, Path file) {
        try {
            Path plain = jpeg(image, Files.createTempFile(file.getParent(), "plain", ".jpg"), 0.9f);
            byte[] jpeg = Files.readAllBytes(plain);
            Files.delete(plain);
            ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN);
            tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8); // header, IFD0 at 8
            tiff.putShort((short) 1); // one entry
            tiff.putShort((short) 0x0112)
                    .putShort((short) 3)
                    .putInt(1)
                    .putShort((short) orientation)
                    .putShort((short) 0);
            tiff.putInt(0); // no next IFD
            byte[] exif = new byte[6 + tiff.capacity()];
            System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
            System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2);
            out.write(0xFF);
            out.write(0xE1);
            out.write((exif.length + 2) >> 8);
            out.write((exif.length + 2) & 0xff);
            out.write(exif);
            out.write(jpeg, 2, jpeg.length - 2);
            return Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(PixelImage image, String format, Path file) {
        try {
            BufferedImage buffered = SyntheticImages.toBufferedImage(image);
            if (format.equals("bmp") || format.equals("gif") && !image.palette()) {
                BufferedImage rgb = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_3BYTE_BGR);
                rgb.getGraphics().drawImage(buffered, 0, 0, null);
                buffered = rgb;
            }
            if (!ImageIO.write(buffered, format, file.toFile())) {
                throw new IllegalStateException("No " + format + " writer for " + image.layout());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 16 bits per sample RGB: the high byte from the generated picture, a varying low byte. */
    static Path png16(int width, int height, long seed, Path file) {
        PixelImage base = SyntheticImages.generate(width, height, PixelLayout.RGB, seed);
        short[] samples = new short[base.pixels().length];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (((base.pixels()[i] & 0xff) << 8) | (i * 37 & 0xff));
        }
        java.awt.image.ColorModel model = new java.awt.image.ComponentColorModel(
                java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB),
                false,
                false,
                java.awt.Transparency.OPAQUE,
                java.awt.image.DataBuffer.TYPE_USHORT);
        WritableRaster raster = Raster.createInterleavedRaster(
                new java.awt.image.DataBufferUShort(samples, samples.length),
                width,
                height,
                width * 3,
                3,
                new int[] {0, 1, 2},
                null);
        try {
            ImageIO.write(new BufferedImage(model, raster, false, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
