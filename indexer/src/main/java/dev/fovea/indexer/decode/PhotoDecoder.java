package dev.fovea.indexer.decode;

import dev.fovea.indexer.decode.binding.LibHeif;
import dev.fovea.indexer.decode.binding.LibWebp;
import dev.fovea.indexer.decode.binding.TurboJpeg;
import dev.fovea.search.image.PixelImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes photos of every format Fovea indexes into upright 8-bit pixels, as small as the caller allows.
 * The format is told from the content. JPEG goes through libjpeg-turbo with DCT-domain scaling (ImageIO when
 * the library is absent), HEIF/HEIC/AVIF through libheif, WebP through libwebp (ImageIO when absent), camera
 * RAW by its embedded preview, the rest through ImageIO. Every failure is an {@link UndecodableImageException} with a reason; nothing the file
 * contains can crash the process or make it allocate without bound.
 *
 * <p>Thread-safe, and cheap to make: the native libraries are looked up once per process, by the first decoder.
 */
public final class PhotoDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(PhotoDecoder.class);

    private final DecodeLimits limits;
    private final Optional<JpegDecoder> jpeg;
    private final Optional<HeifDecoder> heif;
    private final Optional<WebpDecoder> webp;
    private final ImageIoDecoder imageIo;

    private PhotoDecoder(
            Optional<TurboJpeg> turboJpeg, Optional<LibHeif> libHeif, Optional<LibWebp> libWebp, DecodeLimits limits) {
        this.limits = limits;
        this.jpeg = turboJpeg.map(turbo -> new JpegDecoder(turbo, limits));
        this.heif = libHeif.map(library -> new HeifDecoder(library, limits));
        this.webp = libWebp.map(library -> new WebpDecoder(library, limits));
        this.imageIo = new ImageIoDecoder(limits);
    }

    /** With the native decoders that are installed (or bundled; see {@code fovea.turbojpeg.path}, {@code fovea.libheif.path}). */
    public PhotoDecoder() {
        this(
                InstalledLibraries.TURBO_JPEG,
                InstalledLibraries.LIB_HEIF,
                InstalledLibraries.LIB_WEBP,
                DecodeLimits.standard());
    }

    /** The native libraries, bound once for the life of the process however many decoders are made. */
    private static final class InstalledLibraries {
        static final Optional<TurboJpeg> TURBO_JPEG = TurboJpeg.load();
        static final Optional<LibHeif> LIB_HEIF = LibHeif.load();
        static final Optional<LibWebp> LIB_WEBP = LibWebp.load();

        static {
            LOG.info(
                    "JPEG decoding: {}",
                    TURBO_JPEG.isPresent()
                            ? "libturbojpeg (DCT-domain scaling)"
                            : "ImageIO (libturbojpeg not found: slower; install libturbojpeg or set fovea.turbojpeg.path)");
            LOG.info(
                    "HEIF/HEIC/AVIF decoding: {}",
                    LIB_HEIF.isPresent()
                            ? "libheif"
                            : "unavailable (libheif not found; install libheif or set fovea.libheif.path)");
            LOG.info(
                    "WebP decoding: {}",
                    LIB_WEBP.isPresent()
                            ? "libwebp"
                            : "ImageIO (libwebp not found: colours may drift slightly; install libwebp or set fovea.libwebp.path)");
        }
    }

    /** Only the pure-Java decoders: what Fovea does where the native libraries are missing. */
    public static PhotoDecoder withoutNativeLibraries() {
        return new PhotoDecoder(Optional.empty(), Optional.empty(), Optional.empty(), DecodeLimits.standard());
    }

    /** "libturbojpeg" or "imageio". */
    public String jpegDecoderName() {
        return jpeg.isPresent() ? "libturbojpeg" : "imageio";
    }

    /**
     * Decodes {@code file}. Interrupting the calling thread abandons the decode (reason {@code interrupted})
     * once the current native call returns.
     */
    public DecodedImage decode(Path file, DecodeRequest request) {
        return decode(file, null, request);
    }

    /**
     * Decodes a photo already read into memory ({@code content}: the whole file), without opening the file;
     * {@code file} names it in messages and tells camera RAW from TIFF by its extension. With {@code content}
     * null the file is read.
     */
    public DecodedImage decode(Path file, byte[] content, DecodeRequest request) {
        return decode(file, content, content == null ? 0 : content.length, null, request);
    }

    /**
     * Decodes a photo whose orientation its metadata already gave ({@link PhotoOrientation#of}: EXIF value 1 to 8,
     * anything else leaves the picture as stored), so the decoder does not parse the metadata again. The photo is
     * {@code content[0 .. length)}, in an array the caller may reuse once this returns; {@code content} may be null
     * (then the file is read).
     */
    public DecodedImage decode(Path file, byte[] content, int length, int orientation, DecodeRequest request) {
        return decode(file, content, length, ExifTransform.fromExif(orientation), request);
    }

    private DecodedImage decode(
            Path file, byte[] content, int length, ExifTransform knownOrientation, DecodeRequest request) {
        try {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return decodeFile(file, content, length, knownOrientation, request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UndecodableImageException(
                    UndecodableImageException.INTERRUPTED, file, "decoding was interrupted.");
        } catch (UndecodableImageException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (RuntimeException e) {
            LOG.warn("Unexpected failure decoding {}", file, e);
            throw new UndecodableImageException(
                    UndecodableImageException.CORRUPT, file, "the picture could not be decoded (" + e + ").", e);
        }
    }

    private DecodedImage decodeFile(
            Path file, byte[] content, int length, ExifTransform knownOrientation, DecodeRequest request)
            throws IOException, InterruptedException {
        byte[] header = new byte[FormatSniffer.HEADER_LENGTH];
        long size;
        int headerLength;
        if (content != null) {
            size = length;
            headerLength = Math.min(header.length, length);
            System.arraycopy(content, 0, header, 0, headerLength);
        } else {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                size = channel.size();
                headerLength = Math.max(0, channel.read(ByteBuffer.wrap(header)));
            }
        }
        Content source = new Content(file, content, size);
        if (size == 0) {
            throw new UndecodableImageException(UndecodableImageException.EMPTY, file, "the file is empty.");
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        ImageFormat format = FormatSniffer.sniff(header, headerLength, name)
                .orElseThrow(
                        () -> new UndecodableImageException(
                                UndecodableImageException.UNKNOWN_FORMAT,
                                file,
                                "the content is not a picture format Fovea knows (JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC/HEIF, AVIF, camera RAW)."));
        StoredPicture stored = switch (format) {
            case JPEG -> {
                byte[] data = source.all();
                yield decodeJpeg(file, data, 0, (int) source.size, request);
            }
            case HEIF, AVIF -> {
                HeifDecoder decoder = heif.orElseThrow(() -> new UndecodableImageException(
                        UndecodableImageException.NO_DECODER,
                        file,
                        (format == ImageFormat.AVIF ? "AVIF" : "HEIC")
                                + " needs libheif, which is not installed (Debian/Ubuntu: apt install libheif1; "
                                + "macOS: brew install libheif), or point fovea.libheif.path at it."));
                yield decoder.decode(file, source.exact(), format);
            }
            case RAW ->
                RawPreviewDecoder.decode(
                        file,
                        source.exact(),
                        (bytes, offset, previewLength) -> decodeJpeg(file, bytes, offset, previewLength, request));
            case WEBP -> {
                Optional<StoredPicture> decoded =
                        webp.isPresent() ? webp.get().decode(file, source.exact()) : Optional.empty();
                yield decoded.isPresent() ? decoded.get() : decodeWithImageIo(source, format, header, request);
            }
            default -> decodeWithImageIo(source, format, header, request);
        };
        ExifTransform orientation = knownOrientation != null
                ? knownOrientation
                : PhotoOrientation.read(file, format, source.inMemory() ? source.exact() : null);
        PixelImage upright = orientation.apply(stored.image());
        boolean swap = orientation.swapsAxes();
        return new DecodedImage(
                upright,
                swap ? stored.height() : stored.width(),
                swap ? stored.width() : stored.height(),
                format.label(),
                stored.warning());
    }

    private StoredPicture decodeWithImageIo(Content source, ImageFormat format, byte[] header, DecodeRequest request)
            throws IOException, InterruptedException {
        // A file is opened through its Path, not a File: a File's name is a String, which loses bytes that are not
        // UTF-8.
        try (InputStream stream = source.inMemory()
                        ? new ByteArrayInputStream(source.content, 0, (int) source.size)
                        : new BufferedInputStream(Files.newInputStream(source.file));
                ImageInputStream input = new MemoryCacheImageInputStream(stream)) {
            return imageIo.decode(source.file, input, format, header, request);
        }
    }

    /**
     * The photo's bytes, {@code content[0 .. size)}: given by the caller, or read from the file once, when a decoder
     * needs all of them.
     */
    private final class Content {
        private final Path file;
        private long size;
        private byte[] content;

        Content(Path file, byte[] content, long size) {
            this.file = file;
            this.content = content;
            this.size = size;
        }

        boolean inMemory() {
            return content != null;
        }

        /** The array the bytes start in; past {@code size} it may hold another photo's. */
        byte[] all() throws IOException {
            if (content == null) {
                content = readAll(file, size);
                size = content.length; // a file that shrank since it was measured
            }
            return content;
        }

        /**
         * The bytes in an array of their own length, for the decoders that take a whole array (a copy when the caller's
         * array is longer: JPEG, the photos indexing reads, takes a length instead).
         */
        byte[] exact() throws IOException {
            byte[] all = all();
            return all.length == size ? all : Arrays.copyOf(all, (int) size);
        }
    }

    private StoredPicture decodeJpeg(Path file, byte[] data, int offset, int length, DecodeRequest request)
            throws InterruptedException {
        if (jpeg.isPresent()) {
            return jpeg.get().decode(file, data, offset, length, request);
        }
        try (InputStream bytes = new ByteArrayInputStream(data, offset, length);
                ImageInputStream input = new MemoryCacheImageInputStream(bytes)) {
            return imageIo.decode(file, input, ImageFormat.JPEG, new byte[FormatSniffer.HEADER_LENGTH], request);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private byte[] readAll(Path file, long size) throws IOException {
        if (size > limits.maxFileBytes()) {
            throw new UndecodableImageException(
                    UndecodableImageException.TOO_LARGE,
                    file,
                    "the file is " + size / (1 << 20) + " MiB; Fovea reads pictures up to "
                            + limits.maxFileBytes() / (1 << 20) + " MiB.");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            int read;
            do {
                read = channel.read(buffer);
            } while (read >= 0 && buffer.hasRemaining());
            // A file that shrank since it was measured just ends early; its decoder says so.
            return buffer.position() == size ? buffer.array() : Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    private static UndecodableImageException unreadable(Path file, IOException e) {
        String problem = switch (e) {
            case NoSuchFileException ignored -> "the file does not exist (any more).";
            case AccessDeniedException ignored -> "Fovea may not read the file; check its permissions.";
            default -> "the file cannot be read (" + e.getMessage() + ").";
        };
        return new UndecodableImageException(UndecodableImageException.UNREADABLE, file, problem, e);
    }
}
