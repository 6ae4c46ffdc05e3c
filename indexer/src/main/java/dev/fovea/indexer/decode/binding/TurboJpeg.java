package dev.fovea.indexer.decode.binding;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The decompression half of libjpeg-turbo's TurboJPEG 2 API (also exported by TurboJPEG 3) through FFM.
 * One {@link Session} per decode: a TurboJPEG handle is not safe for concurrent use.
 */
public final class TurboJpeg {
    public static final int PIXEL_RGB = 0;
    public static final int PIXEL_GRAY = 6;
    public static final int PIXEL_CMYK = 11;
    public static final int COLORSPACE_GRAY = 2;
    public static final int COLORSPACE_CMYK = 3;
    public static final int COLORSPACE_YCCK = 4;
    /** Reject progressive JPEGs with absurd scan counts (a known denial-of-service shape). */
    public static final int FLAG_LIMIT_SCANS = 32768;

    private static final int ERROR_WARNING = 0;

    private static final Linker LINKER = Linker.nativeLinker();
    /** C's unsigned long: 64 bits on Linux and macOS, 32 on Windows. */
    static final ValueLayout C_LONG = (ValueLayout) LINKER.canonicalLayouts().get("long");

    private final MethodHandle init;
    private final MethodHandle destroy;
    private final MethodHandle readHeader;
    private final MethodHandle decompress;
    private final MethodHandle errorString;
    private final MethodHandle errorCode;
    private final List<ScalingFactor> scalingFactors;

    private TurboJpeg(SymbolLookup library) throws Throwable {
        init = handle(library, "tjInitDecompress", FunctionDescriptor.of(ADDRESS));
        destroy = handle(library, "tjDestroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        readHeader = withLongSize(
                handle(
                        library,
                        "tjDecompressHeader3",
                        FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, C_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS)),
                2);
        decompress = withLongSize(
                handle(
                        library,
                        "tjDecompress2",
                        FunctionDescriptor.of(
                                JAVA_INT, ADDRESS, ADDRESS, C_LONG, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
                                JAVA_INT)),
                2);
        errorString = handle(library, "tjGetErrorStr2", FunctionDescriptor.of(ADDRESS, ADDRESS));
        errorCode = handle(library, "tjGetErrorCode", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        scalingFactors =
                readScalingFactors(handle(library, "tjGetScalingFactors", FunctionDescriptor.of(ADDRESS, ADDRESS)));
    }

    /** TurboJPEG when the library is installed (or bundled), else empty. */
    public static Optional<TurboJpeg> load() {
        return NativeLibrary.TURBOJPEG.load().flatMap(library -> {
            try {
                return Optional.of(new TurboJpeg(library));
            } catch (Throwable e) {
                org.slf4j.LoggerFactory.getLogger(TurboJpeg.class)
                        .warn("libturbojpeg found but unusable: {}", e.toString());
                return Optional.empty();
            }
        });
    }

    /** Every downscaling factor the library offers (at most 1), largest first. */
    public List<ScalingFactor> scalingFactors() {
        return scalingFactors;
    }

    public Session open() {
        try {
            MemorySegment handle = (MemorySegment) init.invokeExact();
            if (handle.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("tjInitDecompress failed");
            }
            return new Session(handle);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    public record ScalingFactor(int numerator, int denominator) {
        /** TurboJPEG's TJSCALED: the scaled dimension, rounded up. */
        public int scale(int dimension) {
            return (int) (((long) dimension * numerator + denominator - 1) / denominator);
        }
    }

    public record Header(int width, int height, int subsampling, int colorspace) {}

    /** A TurboJPEG error: the library's message and whether it was only a warning. */
    public static final class TurboJpegException extends Exception {
        private final boolean warning;

        TurboJpegException(String message, boolean warning) {
            super(message);
            this.warning = warning;
        }

        public boolean warning() {
            return warning;
        }
    }

    public final class Session implements AutoCloseable {
        private final MemorySegment handle;

        private Session(MemorySegment handle) {
            this.handle = handle;
        }

        public Header readHeader(MemorySegment jpeg) throws TurboJpegException {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment values = arena.allocate(JAVA_INT, 4);
                int result = (int) readHeader.invokeExact(
                        handle, jpeg, length(jpeg), values, values.asSlice(4), values.asSlice(8), values.asSlice(12));
                // A warning (stray bytes before a marker) comes after the header was read in full, as libjpeg
                // reads past such damage; decompress reports it again for the caller to weigh.
                if (result != 0) {
                    TurboJpegException error = error();
                    if (!error.warning()) {
                        throw error;
                    }
                }
                return new Header(
                        values.getAtIndex(JAVA_INT, 0),
                        values.getAtIndex(JAVA_INT, 1),
                        values.getAtIndex(JAVA_INT, 2),
                        values.getAtIndex(JAVA_INT, 3));
            } catch (TurboJpegException e) {
                throw e;
            } catch (Throwable e) {
                throw rethrow(e);
            }
        }

        /**
         * Decodes into {@code target} ({@code width * height * channels} bytes, no padding) at the scale the
         * width and height imply. A warning (recoverable corruption) leaves a complete picture and is thrown
         * so the caller decides.
         */
        public void decompress(
                MemorySegment jpeg, MemorySegment target, int width, int height, int pixelFormat, int flags)
                throws TurboJpegException {
            try {
                int result = (int) decompress.invokeExact(
                        handle, jpeg, length(jpeg), target, width, 0, height, pixelFormat, flags);
                if (result != 0) {
                    throw error();
                }
            } catch (TurboJpegException e) {
                throw e;
            } catch (Throwable e) {
                throw rethrow(e);
            }
        }

        private TurboJpegException error() throws Throwable {
            MemorySegment message = (MemorySegment) errorString.invokeExact(handle);
            int code = (int) errorCode.invokeExact(handle);
            return new TurboJpegException(errorText(message), code == ERROR_WARNING);
        }

        @Override
        public void close() {
            try {
                int ignored = (int) destroy.invokeExact(handle);
            } catch (Throwable e) {
                throw rethrow(e);
            }
        }
    }

    private static long length(MemorySegment segment) {
        return segment.byteSize();
    }

    private static List<ScalingFactor> readScalingFactors(MethodHandle getScalingFactors) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment count = arena.allocate(JAVA_INT);
            MemorySegment array = (MemorySegment) getScalingFactors.invokeExact(count);
            int n = count.get(JAVA_INT, 0);
            MemoryLayout pair = MemoryLayout.structLayout(JAVA_INT, JAVA_INT);
            MemorySegment factors = array.reinterpret(pair.byteSize() * n);
            List<ScalingFactor> result = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int numerator = factors.getAtIndex(JAVA_INT, 2L * i);
                int denominator = factors.getAtIndex(JAVA_INT, 2L * i + 1);
                if (numerator > 0 && denominator > 0 && numerator <= denominator) {
                    result.add(new ScalingFactor(numerator, denominator));
                }
            }
            result.sort(Comparator.comparingDouble((ScalingFactor f) -> (double) f.numerator() / f.denominator())
                    .reversed());
            return List.copyOf(result);
        }
    }

    static MethodHandle handle(SymbolLookup library, String name, FunctionDescriptor descriptor) {
        MemorySegment symbol =
                library.find(name).orElseThrow(() -> new IllegalStateException("libturbojpeg lacks " + name));
        return LINKER.downcallHandle(symbol, descriptor);
    }

    /** Callers pass the JPEG's size as a Java long; where C's long is 32 bits the handle narrows it. */
    private static MethodHandle withLongSize(MethodHandle handle, int parameter) {
        return MethodHandles.explicitCastArguments(handle, handle.type().changeParameterType(parameter, long.class));
    }

    /** The C string {@code tjGetErrorStr2} returns. */
    static String errorText(MemorySegment message) {
        return message.equals(MemorySegment.NULL)
                ? "unknown error"
                : message.reinterpret(1024).getString(0);
    }

    static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e);
    }
}
