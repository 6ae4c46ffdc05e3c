package dev.fovea.indexer.decode;

import static dev.fovea.indexer.decode.DecodeRequest.Reduction.BOX_AVERAGE;

import dev.fovea.indexer.decode.binding.TurboJpeg;
import dev.fovea.indexer.decode.binding.TurboJpeg.ScalingFactor;
import dev.fovea.indexer.decode.binding.TurboJpeg.TurboJpegException;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JPEG through libjpeg-turbo, scaled in the DCT domain (1/8 to 7/8) to the smallest size the caller can use:
 * most of a JPEG's decoding cost is the inverse DCT and colour conversion at full size, so a 12-megapixel
 * photo needed at 256 pixels decodes several times faster at 1/4 or 1/8. At full scale the default flags
 * (accurate integer DCT, fancy upsampling) give the same pixels as PIL, which uses the same library.
 */
final class JpegDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(JpegDecoder.class);
    private static final String TRUNCATION_WARNING = "Premature end of JPEG file";
    private static final NativeScratch COMPRESSED = new NativeScratch();
    private static final NativeScratch SAMPLES = new NativeScratch();

    private final TurboJpeg turbo;
    private final DecodeLimits limits;

    JpegDecoder(TurboJpeg turbo, DecodeLimits limits) {
        this.turbo = turbo;
        this.limits = limits;
    }

    /** Decodes {@code data[offset .. offset + length)} as stored (orientation not applied). */
    StoredPicture decode(Path file, byte[] data, int offset, int length, DecodeRequest request)
            throws InterruptedException {
        JpegStructure structure = JpegStructure.parse(data, offset, offset + length)
                .orElseThrow(() -> new UndecodableImageException(
                        UndecodableImageException.CORRUPT,
                        file,
                        "the JPEG has no valid frame header; the file is damaged."));
        if (!structure.decodable()) {
            throw new UndecodableImageException(
                    UndecodableImageException.UNSUPPORTED,
                    file,
                    "it is a " + structure.describeProcess() + ", which Fovea does not decode.");
        }
        if (structure.progressive()) {
            limits.checkSource(file, structure.width(), structure.height(), "progressive JPEG");
        }
        try (Arena arena = Arena.ofConfined();
                TurboJpeg.Session session = turbo.open();
                NativeScratch.Lease compressed = COMPRESSED.take(length, arena)) {
            MemorySegment jpeg = compressed.segment();
            MemorySegment.copy(data, offset, jpeg, ValueLayout.JAVA_BYTE, 0, length);
            TurboJpeg.Header header = session.readHeader(jpeg);
            ScalingFactor factor = chooseScale(file, header.width(), header.height(), request);
            int width = factor.scale(header.width());
            int height = factor.scale(header.height());
            boolean cmyk = header.colorspace() == TurboJpeg.COLORSPACE_CMYK
                    || header.colorspace() == TurboJpeg.COLORSPACE_YCCK;
            boolean gray = header.colorspace() == TurboJpeg.COLORSPACE_GRAY;
            int channels = cmyk ? 4 : gray ? 1 : 3;
            int format = cmyk ? TurboJpeg.PIXEL_CMYK : gray ? TurboJpeg.PIXEL_GRAY : TurboJpeg.PIXEL_RGB;
            long bytes = (long) width * height * channels;
            try (PixelBudget.Reservation ignored = limits.budget().reserve(2 * bytes);
                    NativeScratch.Lease decoded = SAMPLES.take(bytes, arena)) {
                MemorySegment target = decoded.segment();
                String warning = decompress(file, session, jpeg, target, width, height, format);
                int box = request.reduction() == BOX_AVERAGE
                        ? BoxAverage.factor(width, height, request.minShortSide())
                        : 1;
                byte[] samples = box > 1
                        ? BoxAverage.reduce(target, width, height, channels, box)
                        : target.toArray(ValueLayout.JAVA_BYTE);
                width /= box;
                height /= box;
                PixelImage image = cmyk
                        ? cmykToRgb(samples, width, height)
                        : new PixelImage(width, height, gray ? PixelLayout.GRAY : PixelLayout.RGB, samples);
                return new StoredPicture(image, header.width(), header.height(), warning);
            }
        } catch (TurboJpegException e) {
            throw new UndecodableImageException(
                    UndecodableImageException.CORRUPT, file, "the JPEG is damaged (" + e.getMessage() + ").");
        }
    }

    /** Decodes into {@code target}; returns the warning of damage libjpeg read past, or null when there was none. */
    private String decompress(
            Path file,
            TurboJpeg.Session session,
            MemorySegment jpeg,
            MemorySegment target,
            int width,
            int height,
            int format) {
        try {
            session.decompress(jpeg, target, width, height, format, TurboJpeg.FLAG_LIMIT_SCANS);
            return null;
        } catch (TurboJpegException e) {
            if (!e.warning()) {
                boolean unsupported = e.getMessage().startsWith("Unsupported")
                        || e.getMessage().contains("not supported");
                throw new UndecodableImageException(
                        unsupported ? UndecodableImageException.UNSUPPORTED : UndecodableImageException.CORRUPT,
                        file,
                        "the JPEG cannot be decoded (" + e.getMessage() + ").");
            }
            if (e.getMessage().contains(TRUNCATION_WARNING)) {
                throw new UndecodableImageException(
                        UndecodableImageException.TRUNCATED,
                        file,
                        "the JPEG ends before the picture does; the file is incomplete (copy it again from its source).");
            }
            LOG.debug("{}: recoverable JPEG damage, decoded anyway: {}", file, e.getMessage());
            return e.getMessage();
        }
    }

    /**
     * The smallest DCT scale whose short side still covers the request and whose sample grid is the full
     * picture's (both sides divide exactly), within the pixel limit. On a partial grid (2322 rows at 1/4 are
     * 580.5) the reference resize computes its size, crop and sample positions from rounded dimensions: the
     * crop moves by a pixel and embeddings drift (cosine 0.89 on a 4128 x 2322 phone photo under calibrated
     * MobileCLIP2-S0); such scales are passed over for the next larger exact one. A box-averaged decode takes the
     * full scale unless the picture is over the pixel limit; an exact one takes the full scale or nothing.
     */
    private ScalingFactor chooseScale(Path file, int width, int height, DecodeRequest request) {
        List<ScalingFactor> factors = turbo.scalingFactors();
        ScalingFactor chosen = null;
        for (ScalingFactor factor : factors) { // largest first
            boolean full = factor.numerator() == factor.denominator();
            if (!full && (request.exact() || (request.reduction() == BOX_AVERAGE && chosen != null))) {
                break;
            }
            boolean fits = limits.fits((long) factor.scale(width) * factor.scale(height));
            boolean coversRequest = Math.min(factor.scale(width), factor.scale(height))
                    >= Math.min(request.minShortSide(), Math.min(width, height));
            boolean exactGrid = full
                    || (((long) width * factor.numerator()) % factor.denominator() == 0
                            && ((long) height * factor.numerator()) % factor.denominator() == 0);
            if (fits && ((coversRequest && exactGrid) || chosen == null)) {
                chosen = factor;
            }
            if (!coversRequest && chosen != null) {
                break;
            }
        }
        if (chosen == null) {
            throw limits.tooLarge(file, width, height);
        }
        return chosen;
    }

    /** Every CMYK JPEG is taken as stored inverted, Adobe's convention, as PIL and most software take it. */
    private static PixelImage cmykToRgb(byte[] cmyk, int width, int height) {
        byte[] rgb = new byte[width * height * 3];
        for (int pixel = 0, in = 0; pixel < width * height; pixel++, in += 4) {
            int c = cmyk[in] & 0xff;
            int m = cmyk[in + 1] & 0xff;
            int y = cmyk[in + 2] & 0xff;
            int k = cmyk[in + 3] & 0xff;
            CmykConversion.invertedToRgb(c, m, y, k, rgb, pixel * 3);
        }
        return new PixelImage(width, height, PixelLayout.RGB, rgb);
    }
}
