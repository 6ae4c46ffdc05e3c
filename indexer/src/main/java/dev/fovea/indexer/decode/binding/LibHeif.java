package dev.fovea.indexer.decode.binding;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The part of libheif's C API (1.13 and later) that decodes the primary picture of a HEIF/HEIC/AVIF file to
 * interleaved 8-bit RGB(A), through FFM. libheif applies the container's rotation and mirroring itself.
 */
public final class LibHeif {
    private static final int COLORSPACE_RGB = 1;
    private static final int CHROMA_INTERLEAVED_RGB = 10;
    private static final int CHROMA_INTERLEAVED_RGBA = 11;
    private static final int CHANNEL_INTERLEAVED = 10;

    private static final Linker LINKER = Linker.nativeLinker();
    /** {@code struct heif_error { enum heif_error_code code; enum heif_suberror_code subcode; const char* message; }} */
    private static final StructLayout ERROR = MemoryLayout.structLayout(
            JAVA_INT.withName("code"), JAVA_INT.withName("subcode"), ADDRESS.withName("message"));

    private final MethodHandle contextAlloc;
    private final MethodHandle contextFree;
    private final MethodHandle readFromMemory;
    private final MethodHandle primaryHandle;
    private final MethodHandle setMaximumSize;
    private final MethodHandle setDecodingThreads;
    private final MethodHandle handleWidth;
    private final MethodHandle handleHeight;
    private final MethodHandle hasAlpha;
    private final MethodHandle decodeImage;
    private final MethodHandle imageWidth;
    private final MethodHandle imageHeight;
    private final MethodHandle planeReadonly;
    private final MethodHandle imageRelease;
    private final MethodHandle handleRelease;

    private LibHeif(SymbolLookup library) throws Throwable {
        MethodHandle init = handle(library, "heif_init", FunctionDescriptor.of(ERROR, ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment error =
                    (MemorySegment) init.invokeExact((java.lang.foreign.SegmentAllocator) arena, MemorySegment.NULL);
            if (error.get(JAVA_INT, 0) != 0) {
                throw new IllegalStateException("heif_init failed: " + message(error));
            }
        }
        contextAlloc = handle(library, "heif_context_alloc", FunctionDescriptor.of(ADDRESS));
        contextFree = handle(library, "heif_context_free", FunctionDescriptor.ofVoid(ADDRESS));
        readFromMemory = handle(
                library,
                "heif_context_read_from_memory_without_copy",
                FunctionDescriptor.of(ERROR, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
        primaryHandle = handle(
                library, "heif_context_get_primary_image_handle", FunctionDescriptor.of(ERROR, ADDRESS, ADDRESS));
        setMaximumSize = handle(
                library, "heif_context_set_maximum_image_size_limit", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
        setDecodingThreads =
                handle(library, "heif_context_set_max_decoding_threads", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
        handleWidth = handle(library, "heif_image_handle_get_width", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        handleHeight = handle(library, "heif_image_handle_get_height", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        hasAlpha = handle(library, "heif_image_handle_has_alpha_channel", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        decodeImage = handle(
                library,
                "heif_decode_image",
                FunctionDescriptor.of(ERROR, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
        imageWidth = handle(library, "heif_image_get_width", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        imageHeight = handle(library, "heif_image_get_height", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        planeReadonly = handle(
                library, "heif_image_get_plane_readonly", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
        imageRelease = handle(library, "heif_image_release", FunctionDescriptor.ofVoid(ADDRESS));
        handleRelease = handle(library, "heif_image_handle_release", FunctionDescriptor.ofVoid(ADDRESS));
    }

    public static Optional<LibHeif> load() {
        return NativeLibrary.LIBHEIF.load().flatMap(library -> {
            try {
                return Optional.of(new LibHeif(library));
            } catch (Throwable e) {
                LoggerFactory.getLogger(LibHeif.class).warn("libheif found but unusable: {}", e.toString());
                return Optional.empty();
            }
        });
    }

    /** libheif's error, with its code (see heif_error_code) for telling damage from missing codecs. */
    public static final class HeifException extends Exception {
        public static final int UNSUPPORTED_FILETYPE = 3;
        public static final int UNSUPPORTED_FEATURE = 4;
        public static final int DECODER_PLUGIN_ERROR = 7;
        public static final int MEMORY_ALLOCATION_ERROR = 6;

        private final int code;
        private final int subcode;

        HeifException(int code, int subcode, String message) {
            super(message);
            this.code = code;
            this.subcode = subcode;
        }

        public int code() {
            return code;
        }

        public int subcode() {
            return subcode;
        }
    }

    /** The primary picture's size and alpha, read without decoding it. */
    public record Primary(int width, int height, boolean alpha) {}

    /** One file's decoding state; not thread-safe, close it. */
    public final class Session implements AutoCloseable {
        private final Arena arena = Arena.ofConfined();
        private final MemorySegment context;
        private MemorySegment handle = MemorySegment.NULL;
        private MemorySegment image = MemorySegment.NULL;

        public Session(MemorySegment data, int maximumSide) throws HeifException {
            try {
                context = (MemorySegment) contextAlloc.invokeExact();
                if (context.equals(MemorySegment.NULL)) {
                    throw new HeifException(HeifException.MEMORY_ALLOCATION_ERROR, 0, "heif_context_alloc failed");
                }
                setMaximumSize.invokeExact(context, maximumSide);
                // Fovea decodes several files in parallel; one thread per file keeps the machine responsive.
                setDecodingThreads.invokeExact(context, 1);
                check((MemorySegment) readFromMemory.invokeExact(
                        (java.lang.foreign.SegmentAllocator) arena,
                        context,
                        data,
                        data.byteSize(),
                        MemorySegment.NULL));
                MemorySegment handleOut = arena.allocate(ADDRESS);
                check((MemorySegment)
                        primaryHandle.invokeExact((java.lang.foreign.SegmentAllocator) arena, context, handleOut));
                handle = handleOut.get(ADDRESS, 0);
            } catch (HeifException e) {
                close();
                throw e;
            } catch (Throwable e) {
                close();
                throw new IllegalStateException(e);
            }
        }

        public Primary primary() {
            try {
                return new Primary(
                        (int) handleWidth.invokeExact(handle),
                        (int) handleHeight.invokeExact(handle),
                        (int) hasAlpha.invokeExact(handle) != 0);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        /** Decodes to interleaved RGB or RGBA bytes, copied to the Java heap without row padding. */
        public Decoded decode(boolean alpha) throws HeifException {
            try {
                MemorySegment imageOut = arena.allocate(ADDRESS);
                check((MemorySegment) decodeImage.invokeExact(
                        (java.lang.foreign.SegmentAllocator) arena,
                        handle,
                        imageOut,
                        COLORSPACE_RGB,
                        alpha ? CHROMA_INTERLEAVED_RGBA : CHROMA_INTERLEAVED_RGB,
                        MemorySegment.NULL));
                image = imageOut.get(ADDRESS, 0);
                int width = (int) imageWidth.invokeExact(image, CHANNEL_INTERLEAVED);
                int height = (int) imageHeight.invokeExact(image, CHANNEL_INTERLEAVED);
                MemorySegment strideOut = arena.allocate(JAVA_INT);
                MemorySegment plane = (MemorySegment) planeReadonly.invokeExact(image, CHANNEL_INTERLEAVED, strideOut);
                int stride = strideOut.get(JAVA_INT, 0);
                int channels = alpha ? 4 : 3;
                if (plane.equals(MemorySegment.NULL) || width <= 0 || height <= 0 || stride < width * channels) {
                    throw new HeifException(
                            HeifException.UNSUPPORTED_FEATURE, 0, "libheif returned no usable RGB plane");
                }
                MemorySegment rows = plane.reinterpret((long) stride * height);
                byte[] pixels = new byte[width * height * channels];
                for (int y = 0; y < height; y++) {
                    MemorySegment.copy(
                            rows,
                            (long) y * stride,
                            MemorySegment.ofArray(pixels),
                            (long) y * width * channels,
                            (long) width * channels);
                }
                return new Decoded(width, height, pixels);
            } catch (HeifException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private void check(MemorySegment error) throws HeifException {
            int code = error.get(JAVA_INT, 0);
            if (code != 0) {
                throw new HeifException(code, error.get(JAVA_INT, 4), message(error));
            }
        }

        @Override
        public void close() {
            try {
                if (!image.equals(MemorySegment.NULL)) {
                    imageRelease.invokeExact(image);
                    image = MemorySegment.NULL;
                }
                if (!handle.equals(MemorySegment.NULL)) {
                    handleRelease.invokeExact(handle);
                    handle = MemorySegment.NULL;
                }
                if (context != null && !context.equals(MemorySegment.NULL)) {
                    contextFree.invokeExact(context);
                }
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            } finally {
                arena.close();
            }
        }
    }

    public record Decoded(int width, int height, byte[] pixels) {}

    private static String message(MemorySegment error) {
        MemorySegment text = error.get(ADDRESS, 8);
        return text.equals(MemorySegment.NULL)
                ? "error " + error.get(JAVA_INT, 0)
                : text.reinterpret(1024).getString(0);
    }

    private static MethodHandle handle(SymbolLookup library, String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = library.find(name).orElseThrow(() -> new IllegalStateException("libheif lacks " + name));
        return LINKER.downcallHandle(symbol, descriptor);
    }
}
