package dev.fovea.search.encoder;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.fovea.search.FoveaException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * One tower of a model (image or text): an ONNX Runtime session checked at open against what the manifest
 * says it is: its single input by name, element type and shape, and its output by name and shape
 * {@code [batch, dims]}. Outputs are L2-normalised here, whether or not the graph already does it.
 */
final class OnnxTower implements AutoCloseable {
    private static final long DYNAMIC = -1;

    private final Path file;
    private final OrtSession session;
    private final String input;
    private final String output;
    private final OnnxJavaType inputType;
    private final int dimensions;

    private OnnxTower(
            Path file, OrtSession session, String input, String output, OnnxJavaType inputType, int dimensions) {
        this.file = file;
        this.session = session;
        this.input = input;
        this.output = output;
        this.inputType = inputType;
        this.dimensions = dimensions;
    }

    /** An image tower: float32 {@code [batch, 3, size, size]}. */
    static OnnxTower image(
            OrtEnvironment env, Path file, EncoderOptions options, String input, String output, int size, int dims) {
        return open(
                env,
                file,
                options,
                input,
                output,
                new long[] {DYNAMIC, 3, size, size},
                Set.of(OnnxJavaType.FLOAT),
                dims);
    }

    /** A text tower: int64 (or int32) token ids {@code [batch, contextLength]}. */
    static OnnxTower text(
            OrtEnvironment env,
            Path file,
            EncoderOptions options,
            String input,
            String output,
            int contextLength,
            int dims) {
        return open(
                env,
                file,
                options,
                input,
                output,
                new long[] {DYNAMIC, contextLength},
                Set.of(OnnxJavaType.INT64, OnnxJavaType.INT32),
                dims);
    }

    private static OnnxTower open(
            OrtEnvironment env,
            Path file,
            EncoderOptions options,
            String input,
            String output,
            long[] expectedInput,
            Set<OnnxJavaType> inputTypes,
            int dims) {
        OrtSession session = OnnxSessions.open(env, file, options);
        try {
            Map<String, NodeInfo> inputs = session.getInputInfo();
            Map<String, NodeInfo> outputs = session.getOutputInfo();
            if (!inputs.containsKey(input)) {
                throw invalid(file, "has no input '" + input + "' (it has " + inputs.keySet() + ")");
            }
            if (inputs.size() > 1) {
                throw invalid(file, "needs inputs " + inputs.keySet() + " but Fovea feeds only '" + input + "'");
            }
            TensorInfo in = tensor(file, inputs.get(input));
            if (!inputTypes.contains(in.type)) {
                throw invalid(file, "takes " + in.type + " for '" + input + "', expected " + inputTypes);
            }
            if (!compatible(in.getShape(), expectedInput)) {
                throw invalid(
                        file,
                        "takes '" + input + "' of shape " + shape(in.getShape()) + ", expected "
                                + shape(expectedInput));
            }
            if (!outputs.containsKey(output)) {
                throw invalid(file, "has no output '" + output + "' (it has " + outputs.keySet() + ")");
            }
            TensorInfo out = tensor(file, outputs.get(output));
            if (out.type != OnnxJavaType.FLOAT || !compatible(out.getShape(), new long[] {DYNAMIC, dims})) {
                throw invalid(
                        file,
                        "gives '" + output + "' as " + out.type + " " + shape(out.getShape())
                                + ", expected FLOAT [batch, " + dims + "] (the manifest's embedding_dimensions)");
            }
            return new OnnxTower(file, session, input, output, in.type, dims);
        } catch (OrtException e) {
            closeQuietly(session);
            throw new FoveaException(
                    "Cannot inspect the ONNX model " + file + ": " + OnnxSessions.firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            closeQuietly(session);
            throw e;
        }
    }

    int dimensions() {
        return dimensions;
    }

    OnnxJavaType inputType() {
        return inputType;
    }

    Path file() {
        return file;
    }

    /** Runs one batch; {@code tensor} is closed by the caller. Returns {@code batch} L2-normalised vectors. */
    float[][] run(OnnxTensor tensor, int batch) {
        try (OrtSession.Result result = session.run(Map.of(input, tensor), Set.of(output))) {
            OnnxValue value = result.get(output).orElseThrow();
            if (!(value instanceof OnnxTensor embeddings)) {
                throw invalid(file, "gave a non-tensor output '" + output + "'");
            }
            long[] got = embeddings.getInfo().getShape();
            if (got.length != 2 || got[0] != batch || got[1] != dimensions) {
                throw invalid(
                        file,
                        "gave '" + output + "' of shape " + shape(got) + " for a batch of " + batch + ", expected ["
                                + batch + ", " + dimensions + "]");
            }
            return normalized(embeddings.getFloatBuffer(), batch);
        } catch (OrtException e) {
            throw new FoveaException(
                    "The ONNX model " + file + " failed to run: " + OnnxSessions.firstLine(e.getMessage()), e);
        }
    }

    private float[][] normalized(FloatBuffer values, int batch) {
        float[][] vectors = new float[batch][dimensions];
        for (int row = 0; row < batch; row++) {
            float[] vector = vectors[row];
            values.get(vector);
            double squares = 0;
            for (float v : vector) {
                squares += (double) v * v;
            }
            if (!Double.isFinite(squares)) {
                throw invalid(file, "gave a vector with NaN or infinite values; its weights are broken");
            }
            if (squares > 0) {
                float scale = (float) (1 / Math.sqrt(squares));
                for (int i = 0; i < vector.length; i++) {
                    vector[i] *= scale;
                }
            }
        }
        return vectors;
    }

    private static TensorInfo tensor(Path file, NodeInfo node) {
        if (!(node.getInfo() instanceof TensorInfo info)) {
            throw invalid(file, "'" + node.getName() + "' is not a tensor");
        }
        return info;
    }

    private static boolean compatible(long[] declared, long[] expected) {
        if (declared.length != expected.length) {
            return false;
        }
        for (int i = 0; i < declared.length; i++) {
            if (declared[i] >= 0 && expected[i] >= 0 && declared[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String shape(long[] dims) {
        return Arrays.toString(Arrays.stream(dims)
                .mapToObj(d -> d < 0 ? "?" : Long.toString(d))
                .toArray());
    }

    private static FoveaException invalid(Path file, String problem) {
        return new FoveaException("The ONNX model " + file + " " + problem
                + ". It does not fit its manifest; re-export or re-import the model.");
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException ignored) {
            // Already failing with a better message.
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new FoveaException("Cannot close the ONNX model " + file + ": " + e.getMessage(), e);
        }
    }
}
