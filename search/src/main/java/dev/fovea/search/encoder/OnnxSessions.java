package dev.fovea.search.encoder;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.fovea.search.FoveaException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens ONNX Runtime sessions tuned for Fovea: throughput when busy, no CPU at all when idle. */
final class OnnxSessions {
    private OnnxSessions() {}

    static OrtSession open(OrtEnvironment environment, Path file, EncoderOptions options) {
        if (!Files.isRegularFile(file)) {
            throw new FoveaException("The ONNX model " + file + " is missing. Re-export or re-import the model.");
        }
        try (OrtSession.SessionOptions session = new OrtSession.SessionOptions()) {
            session.setIntraOpNumThreads(options.intraOpThreads());
            session.setInterOpNumThreads(1);
            session.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            session.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // A memory pattern plans one block for all of a run's activations and keeps one per input shape: the
            // encoder's batches vary in size, and the arena held some 230 MB for them where tensor by tensor it
            // holds about 130 MB, at the same encoding speed (docs/architecture.md, "Native memory").
            session.setMemoryPatternOptimization(false);
            session.setCPUArenaAllocator(true);
            // By default ONNX Runtime's worker threads spin after each run, waiting for more work: a desktop
            // app that searches now and then would burn a core for nothing. Parking costs microseconds per run.
            session.addConfigEntry("session.intra_op.allow_spinning", "0");
            session.addConfigEntry("session.inter_op.allow_spinning", "0");
            return environment.createSession(file.toString(), session);
        } catch (OrtException e) {
            throw new FoveaException(
                    "Cannot load the ONNX model " + file + ": " + firstLine(e.getMessage())
                            + ". The file is damaged, truncated or not an ONNX model; re-export or re-import the model.",
                    e);
        }
    }

    static String firstLine(String message) {
        return message == null
                ? "unknown error"
                : message.lines().findFirst().orElse(message).strip();
    }
}
