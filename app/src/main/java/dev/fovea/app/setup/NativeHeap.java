package dev.fovea.app.setup;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps glibc's malloc at two arenas. ONNX Runtime, libjpeg-turbo, libheif and Tesseract allocate buffers of megabytes
 * on many threads, and glibc gives each thread its own arena (up to 8 per core) that keeps what was freed in it: 10
 * of them held about 400 MB at the peak of a `fovea index`. With two, peak RSS of `fovea bench index` fell from
 * 912–1,053 MB to 796–806 MB (docs/architecture.md, "Native memory"). Fixing the mmap threshold instead saved more
 * but made every buffer Tesseract allocates a fresh mapping, which doubled the time to read a photo's text.
 * Elsewhere than glibc this does nothing.
 */
public final class NativeHeap {
    private static final Logger LOG = LoggerFactory.getLogger(NativeHeap.class);
    private static final int M_ARENA_MAX = -8;
    private static final int ARENAS = 2;

    private NativeHeap() {}

    /** Caps the arenas for the rest of the process; best effort, never fails. */
    public static void capArenas() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return;
        }
        try {
            Linker linker = Linker.nativeLinker();
            var mallopt = linker.defaultLookup().find("mallopt");
            if (mallopt.isEmpty()) {
                return; // a C library other than glibc
            }
            MethodHandle call = linker.downcallHandle(
                    mallopt.get(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            if ((int) call.invokeExact(M_ARENA_MAX, ARENAS) != 1) {
                LOG.debug("mallopt refused the arena cap");
            }
        } catch (Throwable e) {
            LOG.debug("Cannot cap glibc's arenas: {}", e.toString());
        }
    }
}
