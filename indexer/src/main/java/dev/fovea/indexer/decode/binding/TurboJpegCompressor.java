package dev.fovea.indexer.decode.binding;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Optional;

/**
 * The compression half of libjpeg-turbo's TurboJPEG 2 API through FFM, for thumbnails: ImageIO's JPEG writer took
 * some 2 ms of a decode worker's CPU per photo (JFR, bench index), libjpeg-turbo's SIMD code a fraction of that. Its
 * defaults are what ImageIO writes: the accurate integer DCT, the standard Huffman tables, the IJG quality scaling.
 * Thread-safe: each call has its own TurboJPEG handle.
 */
public final class TurboJpegCompressor {
    private static final int PIXEL_BGR = 1;
    private static final int SUBSAMPLING_420 = 2;
    /** The output buffer is ours, sized by {@code tjBufSize}: the library never reallocates it. */
    private static final int FLAG_NO_REALLOC = 1024;

    private final MethodHandle init;
    private final MethodHandle destroy;
    private final MethodHandle compress;
    private final MethodHandle bufferSize;
    private final MethodHandle errorString;

    private TurboJpegCompressor(SymbolLookup library) {
        init = TurboJpeg.handle(library, "tjInitCompress", FunctionDescriptor.of(ADDRESS));
        destroy = TurboJpeg.handle(library, "tjDestroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        compress = TurboJpeg.handle(
                library,
                "tjCompress2",
                FunctionDescriptor.of(
                        JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT,
                        JAVA_INT, JAVA_INT));
        MethodHandle size = TurboJpeg.handle(
                library, "tjBufSize", FunctionDescriptor.of(TurboJpeg.C_LONG, JAVA_INT, JAVA_INT, JAVA_INT));
        bufferSize = MethodHandles.explicitCastArguments(size, size.type().changeReturnType(long.class));
        errorString = TurboJpeg.handle(library, "tjGetErrorStr2", FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /** The compressor when libturbojpeg is installed (or bundled), else empty. */
    public static Optional<TurboJpegCompressor> load() {
        return NativeLibrary.TURBOJPEG.load().flatMap(library -> {
            try {
                return Optional.of(new TurboJpegCompressor(library));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(TurboJpegCompressor.class)
                        .warn("libturbojpeg found but cannot compress: {}", e.toString());
                return Optional.empty();
            }
        });
    }

    /**
     * A baseline JPEG (4:2:0) of {@code bgr}: rows of {@code width} blue, green, red bytes without padding.
     *
     * @param quality 1..100, as IJG's libjpeg scales its tables
     */
    public byte[] compressBgr(byte[] bgr, int width, int height, int quality) {
        if (bgr.length < (long) width * height * 3) {
            throw new IllegalArgumentException("A " + width + " x " + height + " BGR picture needs "
                    + width * height * 3 + " bytes, not " + bgr.length);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment handle = (MemorySegment) init.invokeExact();
            if (handle.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("tjInitCompress failed");
            }
            try {
                MemorySegment source = arena.allocate(bgr.length);
                MemorySegment.copy(bgr, 0, source, ValueLayout.JAVA_BYTE, 0, bgr.length);
                long capacity = (long) bufferSize.invokeExact(width, height, SUBSAMPLING_420);
                MemorySegment output = arena.allocate(capacity);
                MemorySegment outputPointer = arena.allocateFrom(ADDRESS, output);
                MemorySegment outputSize = arena.allocate(TurboJpeg.C_LONG);
                setUnsignedLong(outputSize, capacity);
                int result = (int) compress.invokeExact(
                        handle,
                        source,
                        width,
                        width * 3,
                        height,
                        PIXEL_BGR,
                        outputPointer,
                        outputSize,
                        SUBSAMPLING_420,
                        quality,
                        FLAG_NO_REALLOC);
                if (result != 0) {
                    MemorySegment message = (MemorySegment) errorString.invokeExact(handle);
                    throw new IllegalStateException("libjpeg-turbo could not compress a " + width + " x " + height
                            + " picture: " + TurboJpeg.errorText(message));
                }
                return output.asSlice(0, unsignedLong(outputSize)).toArray(ValueLayout.JAVA_BYTE);
            } finally {
                int ignored = (int) destroy.invokeExact(handle);
            }
        } catch (Throwable e) {
            throw TurboJpeg.rethrow(e);
        }
    }

    private static void setUnsignedLong(MemorySegment at, long value) {
        if (TurboJpeg.C_LONG.byteSize() == Long.BYTES) {
            at.set(ValueLayout.JAVA_LONG, 0, value);
        } else {
            at.set(JAVA_INT, 0, (int) value);
        }
    }

    private static long unsignedLong(MemorySegment at) {
        return TurboJpeg.C_LONG.byteSize() == Long.BYTES
                ? at.get(ValueLayout.JAVA_LONG, 0)
                : Integer.toUnsignedLong(at.get(JAVA_INT, 0));
    }
}
