package dev.fovea.indexer.decode;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * PNG, GIF, BMP, WebP and TIFF (and JPEG when libjpeg-turbo is absent) through ImageIO with the TwelveMonkeys
 * plugins. Pictures above the pixel limit are read with source subsampling, which decodes row by row into a
 * buffer of the reduced size; readers that cannot do that are held to the source limit instead.
 */
final class ImageIoDecoder {
    private final DecodeLimits limits;

    ImageIoDecoder(DecodeLimits limits) {
        this.limits = limits;
    }

    StoredPicture decode(Path file, ImageInputStream input, ImageFormat format, byte[] header, DecodeRequest request)
            throws InterruptedException {
        ImageReader reader = reader(file, format, input);
        // The JDK's JPEG reader passes on libjpeg's warnings (stray bytes before a marker) as the native path does.
        List<String> warnings = new ArrayList<>();
        if (format == ImageFormat.JPEG) {
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        }
        try {
            reader.setInput(input, true, format != ImageFormat.GIF && format != ImageFormat.TIFF);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new UndecodableImageException(
                        UndecodableImageException.CORRUPT, file, "the header declares an empty picture.");
            }
            int step = subsampling(file, format, width, height, request);
            ImageReadParam param = reader.getDefaultReadParam();
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            long decodedPixels = (long) ceilDiv(width, step) * ceilDiv(height, step);
            try (PixelBudget.Reservation ignored = limits.budget().reserve(decodedPixels * 8)) {
                PixelImage image = switch (format) {
                    case GIF -> GifFirstFrame.read(reader, file, limits);
                    case PNG -> pngPixels(reader.read(0, param), header);
                    case BMP -> bmpPixels(reader.read(0, param), header);
                    case TIFF -> {
                        BufferedImage decoded = reader.read(0, param);
                        // ImageIO gives 2- and 4-bit greyscale an indexed model; PIL reads it as L (resampled),
                        // keeping nearest neighbour for palette colour (P) and bilevel (1) pictures.
                        boolean palette = decoded.getColorModel() instanceof IndexColorModel indexed
                                && (TiffTags.paletteColour(reader) || indexed.getPixelSize() == 1);
                        PixelImage pixels = RasterPixels.toPixelImage(decoded, palette);
                        yield TiffTags.associatedAlpha(reader) ? RasterPixels.unpremultiplied(pixels) : pixels;
                    }
                    default -> RasterPixels.toPixelImage(reader.read(0, param), false);
                };
                return new StoredPicture(image, width, height, warnings.isEmpty() ? null : String.join("; ", warnings));
            }
        } catch (UndecodableImageException e) {
            throw e;
        } catch (InterruptedIOException e) {
            throw new InterruptedException("Decoding " + file + " was interrupted");
        } catch (IOException e) {
            throw failure(file, format, e);
        } catch (RuntimeException | StackOverflowError e) {
            // ImageIO plugins trust headers in places and fail with runtime exceptions on hostile input.
            throw new UndecodableImageException(
                    UndecodableImageException.CORRUPT,
                    file,
                    "the " + format.label().toUpperCase(Locale.ROOT) + " data is damaged (" + e + ").",
                    e);
        } catch (OutOfMemoryError e) {
            throw new UndecodableImageException(
                    UndecodableImageException.TOO_LARGE,
                    file,
                    "decoding it needs more memory than Fovea may use; the file declares an enormous picture.",
                    e);
        } finally {
            reader.dispose();
        }
    }

    private int subsampling(Path file, ImageFormat format, int width, int height, DecodeRequest request) {
        long pixels = (long) width * height;
        if (format == ImageFormat.JPEG && !request.exact()) {
            // The fallback for libjpeg-turbo's DCT scaling: keep twice the requested short side so the
            // antialiased resize that follows smooths most of what point subsampling aliases.
            int step = Math.max(1, Math.min(width, height) / (2 * request.minShortSide()));
            while (!limits.fits((long) ceilDiv(width, step) * ceilDiv(height, step))) {
                step++;
            }
            return step;
        }
        if (limits.fits(pixels)) {
            return 1;
        }
        if (pixels > Integer.MAX_VALUE) {
            // ImageIO's readers index pictures with ints and refuse these even when subsampling.
            throw new UndecodableImageException(
                    UndecodableImageException.TOO_LARGE,
                    file,
                    String.format(
                            Locale.ROOT,
                            "the picture is %d x %d pixels, beyond the 2^31 pixels Fovea can decode in this format.",
                            width,
                            height));
        }
        // GIF frames are composed on the logical screen and WebP decodes whole frames: no bounded path.
        if (request.exact() || format == ImageFormat.GIF || format == ImageFormat.WEBP) {
            throw limits.tooLarge(file, width, height);
        }
        int step = (int) Math.ceil(Math.sqrt((double) pixels / limits.maxDecodedPixels()));
        while (!limits.fits((long) ceilDiv(width, step) * ceilDiv(height, step))) {
            step++;
        }
        return step;
    }

    /**
     * PIL opens PNG colour types 0 and 2 without alpha even when a tRNS chunk names a transparent colour, and
     * 1-bit greyscale as mode 1 (resampled nearest): match it, so the reference sees what Fovea does.
     */
    private static PixelImage pngPixels(BufferedImage decoded, byte[] header) {
        int bitDepth = header[24] & 0xff;
        int colorType = header[25] & 0xff;
        boolean palette = colorType == 3 || (colorType == 0 && bitDepth == 1);
        PixelImage image = RasterPixels.toPixelImage(decoded, palette);
        if ((colorType == 0 || colorType == 2) && image.layout().hasAlpha()) {
            return withoutAlpha(image);
        }
        return image;
    }

    /**
     * PIL's BMP reader keeps alpha only for 32-bit pixels with BITFIELDS compression and an alpha mask; 16-bit
     * alpha bits and the fourth byte of plain 32-bit pixels are ignored. A palette mapping index i to grey i
     * (more than two entries) makes it greyscale, resampled smoothly; any other palette is resampled nearest.
     */
    private static PixelImage bmpPixels(BufferedImage decoded, byte[] header) {
        boolean palette = decoded.getColorModel() instanceof IndexColorModel indexed
                && !(RasterPixels.isIdentityGray(indexed) && indexed.getMapSize() > 2);
        PixelImage image = RasterPixels.toPixelImage(decoded, palette);
        int headerSize = littleEndian(header, 14);
        int bits = (header[28] & 0xff) | (header[29] & 0xff) << 8;
        int compression = littleEndian(header, 30);
        boolean alphaMask = headerSize >= 56 && littleEndian(header, 66) != 0;
        boolean alpha = bits == 32 && compression == 3 && alphaMask;
        return image.layout().hasAlpha() && !alpha && !palette ? withoutAlpha(image) : image;
    }

    private static int littleEndian(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff)
                | (bytes[offset + 1] & 0xff) << 8
                | (bytes[offset + 2] & 0xff) << 16
                | (bytes[offset + 3] & 0xff) << 24;
    }

    static PixelImage withoutAlpha(PixelImage image) {
        int channels = image.layout().channels();
        PixelLayout layout = channels == 2 ? PixelLayout.GRAY : PixelLayout.RGB;
        byte[] source = image.pixels();
        byte[] target = new byte[image.width() * image.height() * layout.channels()];
        for (int in = 0, out = 0; out < target.length; in += channels, out += layout.channels()) {
            System.arraycopy(source, in, target, out, layout.channels());
        }
        return new PixelImage(image.width(), image.height(), layout, target, image.palette());
    }

    private static ImageReader reader(Path file, ImageFormat format, ImageInputStream input) {
        Iterator<ImageReader> byContent = ImageIO.getImageReaders(input);
        if (byContent.hasNext()) {
            return byContent.next();
        }
        Iterator<ImageReader> byName = ImageIO.getImageReadersByFormatName(formatName(format));
        if (byName.hasNext()) {
            return byName.next();
        }
        throw new UndecodableImageException(
                UndecodableImageException.NO_DECODER,
                file,
                "no " + format.label().toUpperCase(Locale.ROOT) + " decoder is installed in this Fovea build.");
    }

    private static String formatName(ImageFormat format) {
        return format == ImageFormat.TIFF ? "tiff" : format.label();
    }

    private static UndecodableImageException failure(Path file, ImageFormat format, IOException e) {
        String name = format.label().toUpperCase(Locale.ROOT);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException
                    || String.valueOf(cause.getMessage())
                            .toLowerCase(Locale.ROOT)
                            .contains("unexpected end")) {
                return new UndecodableImageException(
                        UndecodableImageException.TRUNCATED,
                        file,
                        "the " + name
                                + " file ends before the picture does; it is incomplete (copy it again from its source).",
                        e);
            }
        }
        boolean unsupported = e instanceof IIOException
                && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("unsupported");
        return new UndecodableImageException(
                unsupported ? UndecodableImageException.UNSUPPORTED : UndecodableImageException.CORRUPT,
                file,
                (unsupported ? "this kind of " + name + " is not supported (" : "the " + name + " data is damaged (")
                        + e.getMessage() + ").",
                e);
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }
}
