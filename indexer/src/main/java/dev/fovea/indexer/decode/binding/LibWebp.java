package dev.fovea.indexer.decode.binding;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * libwebp's simple decoding API through FFM: the decoder PIL uses, so WebP photos come out exactly as the
 * reference sees them (TwelveMonkeys' pure-Java VP8 decoder, the fallback, drifts in colour on lossy files).
 */
public final class LibWebp {
    /** WEBP_DECODER_ABI_VERSION of libwebp 1.x; the library checks only its major byte. */
    private static final int DECODER_ABI_VERSION = 0x0209;

    private static final Linker LINKER = Linker.nativeLinker();

    private final MethodHandle getFeatures;
    private final MethodHandle decodeRgb;
    private final MethodHandle decodeRgba;
    private final MethodHandle free;

    private LibWebp(SymbolLookup library) {
        getFeatures = handle(
                library,
                "WebPGetFeaturesInternal",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_INT));
        decodeRgb =
                handle(library, "WebPDecodeRGB", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
        decodeRgba =
                handle(library, "WebPDecodeRGBA", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
        free = handle(library, "WebPFree", FunctionDescriptor.ofVoid(ADDRESS));
    }

    public static Optional<LibWebp> load() {
        return NativeLibrary.LIBWEBP.load().flatMap(library -> {
            try {
                return Optional.of(new LibWebp(library));
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(LibWebp.class).warn("libwebp found but unusable: {}", e.toString());
                return Optional.empty();
            }
        });
    }

    /** What the bitstream header says; {@code status} is libwebp's VP8StatusCode (0 = fine). */
    public record Features(int status, int width, int height, boolean alpha, boolean animation) {}

    public record Decoded(int width, int height, byte[] pixels) {}

    public Features features(MemorySegment data) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment features =
                    arena.allocate(JAVA_INT, 10); // width, height, has_alpha, has_animation, format, pad[5]
            int status = (int) getFeatures.invokeExact(data, data.byteSize(), features, DECODER_ABI_VERSION);
            return new Features(
                    status,
                    features.getAtIndex(JAVA_INT, 0),
                    features.getAtIndex(JAVA_INT, 1),
                    features.getAtIndex(JAVA_INT, 2) != 0,
                    features.getAtIndex(JAVA_INT, 3) != 0);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes a still picture to RGB or RGBA; empty when libwebp refuses the data. */
    public Optional<Decoded> decode(MemorySegment data, boolean alpha) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment size = arena.allocate(JAVA_INT, 2);
            MemorySegment pixels = alpha
                    ? (MemorySegment) decodeRgba.invokeExact(data, data.byteSize(), size, size.asSlice(4))
                    : (MemorySegment) decodeRgb.invokeExact(data, data.byteSize(), size, size.asSlice(4));
            if (pixels.equals(MemorySegment.NULL)) {
                return Optional.empty();
            }
            try {
                int width = size.getAtIndex(JAVA_INT, 0);
                int height = size.getAtIndex(JAVA_INT, 1);
                long length = (long) width * height * (alpha ? 4 : 3);
                return Optional.of(new Decoded(
                        width, height, pixels.reinterpret(length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE)));
            } finally {
                free.invokeExact(pixels);
            }
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle handle(SymbolLookup library, String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = library.find(name).orElseThrow(() -> new IllegalStateException("libwebp lacks " + name));
        return LINKER.downcallHandle(symbol, descriptor);
    }
}
