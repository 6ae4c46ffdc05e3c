package dev.fovea.search.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * ONNX Runtime (1.29) keeps a device id and an event database under {@code ~/.cache/Microsoft/DeveloperTools}
 * on Linux and macOS unless {@code ORT_DISABLE_TELEMETRY} is set in its process; {@code setTelemetry(false)}
 * does not stop it. Fovea promises that nothing about its users is recorded for anyone else, so the variable
 * is set in-process, before the native library first reads it. Every use of ONNX Runtime gets its environment
 * here, so that none loads the library with telemetry on.
 */
public final class OnnxTelemetry {
    static final String DISABLE_VARIABLE = "ORT_DISABLE_TELEMETRY";

    private OnnxTelemetry() {}

    /** ONNX Runtime's environment, with telemetry off; errors only in its log. */
    public static synchronized OrtEnvironment environment() {
        disableBeforeLoading();
        OnnxNatives.prepare();
        // Errors only: ONNX Runtime's warnings go to stderr and would clutter the command line's output.
        OrtEnvironment environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "fovea");
        try {
            environment.setTelemetry(false);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot switch off ONNX Runtime's telemetry", e);
        }
        return environment;
    }

    private static void disableBeforeLoading() {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return; // Windows telemetry is ETW, switched off with OrtEnvironment.setTelemetry(false).
        }
        try (Arena arena = Arena.ofConfined()) {
            Linker linker = Linker.nativeLinker();
            MethodHandle setenv = linker.downcallHandle(
                    linker.defaultLookup().find("setenv").orElseThrow(),
                    FunctionDescriptor.of(
                            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            int result = (int) setenv.invokeExact(arena.allocateFrom(DISABLE_VARIABLE), arena.allocateFrom("1"), 1);
            if (result != 0) {
                throw new IllegalStateException("setenv failed: " + result);
            }
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot switch off ONNX Runtime's telemetry", e);
        }
    }
}
