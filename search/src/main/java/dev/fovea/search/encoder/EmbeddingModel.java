package dev.fovea.search.encoder;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import dev.fovea.search.FoveaException;
import dev.fovea.search.image.ImagePreprocessor;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.model.ModelManifest;
import dev.fovea.search.model.Preprocessing;
import dev.fovea.search.onnx.OnnxTelemetry;
import dev.fovea.search.text.ClipTokenizer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A model ready to embed: both towers (or the image tower alone, {@link #openForImages}) loaded and checked
 * against the manifest, the tokenizer and the image preprocessing. Thread-safe: ONNX Runtime sessions run concurrent calls, and each thread has its own input
 * buffer. Every vector returned is L2-normalised, {@link #dimensions()} long.
 */
public final class EmbeddingModel implements AutoCloseable {
    /** Texts per text-tower run; queries come one at a time, zero-shot prompt sets by the hundred. */
    private static final int TEXT_BATCH = 64;

    private final ModelDirectory directory;
    private final OrtEnvironment environment;
    private final OnnxTower imageTower;
    /** Null when opened for images only. */
    private final OnnxTower textTower;

    private final ClipTokenizer tokenizer;
    private final ImagePreprocessor preprocessor;
    private final int contextLength;
    // One input buffer per thread and per model: a static one would be shared by models of different sizes.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<FloatBuffer> imageInput = new ThreadLocal<>();

    private EmbeddingModel(
            ModelDirectory directory,
            OrtEnvironment environment,
            OnnxTower imageTower,
            OnnxTower textTower,
            ClipTokenizer tokenizer) {
        this.directory = directory;
        this.environment = environment;
        this.imageTower = imageTower;
        this.textTower = textTower;
        this.tokenizer = tokenizer;
        this.preprocessor = new ImagePreprocessor(directory.manifest().imagePreprocessing());
        this.contextLength = directory.manifest().tokenizer().contextLength();
    }

    public static EmbeddingModel open(ModelDirectory directory) {
        return open(directory, EncoderOptions.defaults());
    }

    public static EmbeddingModel open(ModelDirectory directory, EncoderOptions options) {
        return open(directory, options, true);
    }

    /**
     * The image tower alone, for indexing: the text tower's weights (255 MB for MobileCLIP2-S0, more than the image
     * tower's five times over) would stay resident for nothing. Text methods then throw.
     */
    public static EmbeddingModel openForImages(ModelDirectory directory, EncoderOptions options) {
        return open(directory, options, false);
    }

    private static EmbeddingModel open(ModelDirectory directory, EncoderOptions options, boolean withText) {
        ModelManifest manifest = directory.manifest();
        int dims = manifest.embeddingDimensions();
        ClipTokenizer tokenizer =
                ClipTokenizer.load(directory.file(manifest.tokenizer().file()));
        if (tokenizer.contextLength() != manifest.tokenizer().contextLength()) {
            throw new FoveaException(directory.path() + ": the tokenizer gives " + tokenizer.contextLength()
                    + " ids but the manifest's " + "tokenizer.context_length is "
                    + manifest.tokenizer().contextLength() + ".");
        }
        OrtEnvironment environment = OnnxTelemetry.environment();
        OnnxTower image = OnnxTower.image(
                environment,
                directory.file(manifest.imageEncoder().file()),
                options,
                manifest.imageEncoder().input(),
                manifest.imageEncoder().output(),
                manifest.preprocessing().imageSize(),
                dims);
        if (!withText) {
            return new EmbeddingModel(directory, environment, image, null, tokenizer);
        }
        try {
            OnnxTower text = OnnxTower.text(
                    environment,
                    directory.file(manifest.textEncoder().file()),
                    options,
                    manifest.textEncoder().input(),
                    manifest.textEncoder().output(),
                    manifest.tokenizer().contextLength(),
                    dims);
            return new EmbeddingModel(directory, environment, image, text, tokenizer);
        } catch (RuntimeException e) {
            image.close();
            throw e;
        }
    }

    /** Loads both towers once to prove they fit the manifest; throws the same errors {@link #open} does. */
    public static void checkLoads(ModelDirectory directory) {
        open(directory, EncoderOptions.threads(1)).close();
    }

    public ModelDirectory directory() {
        return directory;
    }

    public ModelManifest manifest() {
        return directory.manifest();
    }

    public String id() {
        return directory.manifest().id();
    }

    public int dimensions() {
        return directory.manifest().embeddingDimensions();
    }

    public Preprocessing preprocessing() {
        return directory.manifest().imagePreprocessing();
    }

    public ClipTokenizer tokenizer() {
        return tokenizer;
    }

    /** Floats one preprocessed image takes in {@link #embedPreprocessed}: {@code 3 * size * size}. */
    public int imageTensorLength() {
        return preprocessor.tensorLength();
    }

    public float[] embedText(String text) {
        return embedTexts(List.of(text))[0];
    }

    public float[][] embedTexts(List<String> texts) {
        List<int[]> ids = new ArrayList<>(texts.size());
        for (String text : texts) {
            ids.add(tokenizer.encode(text));
        }
        return embedTokenIds(ids);
    }

    /** Embeds token id rows as the tokenizer makes them ({@code contextLength} ids each). */
    public float[][] embedTokenIds(List<int[]> rows) {
        float[][] vectors = new float[rows.size()][];
        for (int start = 0; start < rows.size(); start += TEXT_BATCH) {
            List<int[]> batch = rows.subList(start, Math.min(rows.size(), start + TEXT_BATCH));
            float[][] embedded = runText(batch);
            System.arraycopy(embedded, 0, vectors, start, embedded.length);
        }
        return vectors;
    }

    /** Preprocesses the images into one batch and runs the image tower once. */
    public float[][] embedImages(List<PixelImage> images) {
        if (images.isEmpty()) {
            return new float[0][];
        }
        int length = preprocessor.tensorLength();
        float[] batch = new float[images.size() * length];
        for (int i = 0; i < images.size(); i++) {
            preprocessor.write(images.get(i), batch, i * length);
        }
        return embedPreprocessed(batch, images.size());
    }

    /**
     * Runs the image tower on {@code batch} images already preprocessed into {@code nchw} (NCHW float32, as
     * {@link ImagePreprocessor} writes them); {@code nchw} may be longer than the batch needs.
     */
    public float[][] embedPreprocessed(float[] nchw, int batch) {
        if (batch == 0) {
            return new float[0][];
        }
        int length = preprocessor.tensorLength();
        long needed = (long) batch * length;
        if (batch < 0 || needed > nchw.length) {
            throw new IllegalArgumentException(
                    "A batch of " + batch + " images needs " + needed + " floats, got " + nchw.length);
        }
        FloatBuffer input = imageBuffer((int) needed);
        input.put(nchw, 0, (int) needed).flip();
        int size = preprocessing().imageSize();
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, input, new long[] {batch, 3, size, size})) {
            return imageTower.run(tensor, batch);
        } catch (OrtException e) {
            throw new FoveaException(
                    "Cannot pass a batch of " + batch + " images to " + imageTower.file() + ": " + e.getMessage(), e);
        }
    }

    private float[][] runText(List<int[]> rows) {
        if (textTower == null) {
            throw new IllegalStateException(
                    this + " was opened for images only; open it with its text tower to embed" + " texts.");
        }
        int batch = rows.size();
        for (int[] row : rows) {
            if (row.length != contextLength) {
                throw new IllegalArgumentException("Token rows must hold " + contextLength + " ids, got " + row.length);
            }
        }
        long[] shape = {batch, contextLength};
        try (OnnxTensor tensor = textTower.inputType() == OnnxJavaType.INT32
                ? OnnxTensor.createTensor(environment, IntBuffer.wrap(concat(rows)), shape)
                : OnnxTensor.createTensor(environment, LongBuffer.wrap(widen(rows)), shape)) {
            return textTower.run(tensor, batch);
        } catch (OrtException e) {
            throw new FoveaException(
                    "Cannot pass " + batch + " texts to " + textTower.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A direct buffer per thread, grown to the largest batch seen: ONNX Runtime reads a direct buffer in place,
     * where a heap array would be copied into a fresh direct buffer on every call.
     */
    private FloatBuffer imageBuffer(int floats) {
        FloatBuffer buffer = imageInput.get();
        if (buffer == null || buffer.capacity() < floats) {
            buffer = ByteBuffer.allocateDirect(floats * Float.BYTES)
                    .order(ByteOrder.nativeOrder())
                    .asFloatBuffer();
            imageInput.set(buffer);
        }
        buffer.clear();
        return buffer;
    }

    private int[] concat(List<int[]> rows) {
        int[] ids = new int[rows.size() * contextLength];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, ids, i * contextLength, contextLength);
        }
        return ids;
    }

    private long[] widen(List<int[]> rows) {
        long[] ids = new long[rows.size() * contextLength];
        for (int i = 0; i < rows.size(); i++) {
            int[] row = rows.get(i);
            for (int j = 0; j < contextLength; j++) {
                ids[i * contextLength + j] = row[j];
            }
        }
        return ids;
    }

    @Override
    public void close() {
        try {
            imageTower.close();
        } finally {
            if (textTower != null) {
                textTower.close();
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddingModel[" + directory + "]";
    }
}
