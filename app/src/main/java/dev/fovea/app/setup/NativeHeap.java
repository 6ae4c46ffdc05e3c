package dev.fovea.app.setup;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes glibc hand freed native buffers back to the system. ONNX Runtime, libjpeg-turbo and libheif allocate
 * buffers of megabytes on many threads. By default glibc raises its mmap threshold each time such a buffer is freed,
 * so later ones come from per-thread arenas of up to 64 MB that it keeps: 10 of them held about 400 MB during a
 * `fovea index`. With the threshold fixed at 128 KiB, peak RSS of `fovea bench index` fell from 912–1,053 MB to
 * 725–752 MB at the same CPU time a photo (docs/architecture.md, "Native memory"). Elsewhere than glibc this does nothing.
 */
public final class NativeHeap {
    private static final Logger LOG = LoggerFactory.getLogger(NativeHeap.class);
    private static final int M_MMAP_THRESHOLD = -3;
    private static final int MMAP_THRESHOLD_BYTES = 128 * 1024;

    private NativeHeap() {}

    /** Fixes glibc's mmap threshold for the rest of the process; best effort, never fails. */
    public static void returnFreedBuffers() {
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
            if ((int) call.invokeExact(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) != 1) {
                LOG.debug("mallopt refused the mmap threshold");
            }
        } catch (Throwable e) {
            LOG.debug("Cannot set glibc's mmap threshold: {}", e.toString());
        }
    }
}
