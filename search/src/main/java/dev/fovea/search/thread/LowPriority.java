package dev.fovea.search.thread;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes background threads yield to the user's work. Java thread priorities do nothing on Linux (the JVM
 * ignores them unless run as root), so there the calling thread also raises its own nice value with
 * {@code setpriority}, which any process may do to itself. Elsewhere the Java priority is what the system uses.
 */
public final class LowPriority {
    private static final Logger LOG = LoggerFactory.getLogger(LowPriority.class);
    private static final int PRIO_PROCESS = 0;
    private static final int NICE = 10;
    private static final Optional<MethodHandle[]> CALLS = linuxCalls();

    private LowPriority() {}

    /**
     * Lowers the calling thread {@code niceLevels} below where it runs now, at the OS level (Linux, where {@code nice}
     * changes the calling thread only; elsewhere nothing); best effort, never fails.
     */
    public static void lowerCurrentThreadBy(int niceLevels) {
        CALLS.ifPresent(calls -> {
            try {
                if ((int) calls[2].invokeExact(niceLevels) == -1) {
                    LOG.debug(
                            "nice({}) may have failed for thread {}",
                            niceLevels,
                            Thread.currentThread().getName());
                }
            } catch (Throwable e) {
                LOG.debug("Cannot lower the thread's priority: {}", e.toString());
            }
        });
    }

    /** Lowers the calling thread at the OS level; best effort, never fails. */
    public static void lowerCurrentThread() {
        CALLS.ifPresent(calls -> {
            try {
                int tid = (int) calls[0].invokeExact();
                int result = (int) calls[1].invokeExact(PRIO_PROCESS, tid, NICE);
                if (result != 0) {
                    LOG.debug("setpriority failed for thread {}", tid);
                }
            } catch (Throwable e) {
                LOG.debug("Cannot lower the thread's priority: {}", e.toString());
            }
        });
    }

    private static Optional<MethodHandle[]> linuxCalls() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            var libc = linker.defaultLookup();
            MethodHandle gettid = linker.downcallHandle(
                    libc.find("gettid").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT));
            MethodHandle setpriority = linker.downcallHandle(
                    libc.find("setpriority").orElseThrow(),
                    FunctionDescriptor.of(
                            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            MethodHandle nice = linker.downcallHandle(
                    libc.find("nice").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            return Optional.of(new MethodHandle[] {gettid, setpriority, nice});
        } catch (RuntimeException | Error e) {
            LOG.debug("No setpriority here ({}); background threads use Java priorities only", e.toString());
            return Optional.empty();
        }
    }
}
