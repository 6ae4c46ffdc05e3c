package dev.fovea.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.search.model.ManifestFile;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.model.ModelRegistry;
import dev.fovea.search.model.ModelVariant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real architectures with calibrated random weights ({@code tools/fovea_tools/calibrated.py}): distinct photos
 * embed far apart under them, unlike under open_clip's initialisation, so a parity test on them can fail. Each
 * variant is made and exported once per build into {@code search/target/parity-models} and reused by later
 * tests of the same build (both modules). Skips the calling test without {@code tools/.venv}.
 */
public final class CalibratedModels {
    /** The seed of every calibrated parity model; changing it changes every printed figure. */
    public static final int SEED = 7;

    private static final ObjectMapper JSON = new ObjectMapper();

    private CalibratedModels() {}

    /** The Fovea model directory of {@code variantId} with calibrated weights, exported on first use. */
    public static synchronized ModelDirectory exported(String variantId) {
        TestData.python();
        ModelVariant variant = ModelRegistry.find(variantId)
                .orElseThrow(() -> new IllegalArgumentException("unknown variant " + variantId));
        String openClipName = variant.openClipName()
                .orElseThrow(() -> new IllegalArgumentException(variantId + " is not in open_clip"));
        Path root = TestData.repoRoot().resolve("search/target/parity-models/" + variantId + "-calibrated-" + SEED);
        Path model = root.resolve("model");
        Path weights = root.resolve("weights");
        Path checkpoint = weights.resolve("open_clip_model.safetensors");
        if (!Files.isRegularFile(checkpoint)) {
            PythonTools.run(
                    "calibrated",
                    "--model",
                    openClipName,
                    "--seed",
                    Integer.toString(SEED),
                    "--out",
                    weights.toString());
        }
        if (!Files.isRegularFile(model.resolve(ManifestFile.NAME))) {
            PythonTools.run("export", variantId, "--out", model.toString(), "--weights", checkpoint.toString());
        }
        return ModelDirectory.open(model);
    }

    /** What open_clip/PyTorch makes of these texts and image files under the model's weights. */
    public static JsonNode reference(ModelDirectory model, List<String> texts, List<Path> images) {
        List<String> arguments =
                new ArrayList<>(List.of("embed", "--model-dir", model.path().toString()));
        if (!texts.isEmpty()) {
            arguments.add("--text");
            arguments.addAll(texts);
        }
        if (!images.isEmpty()) {
            arguments.add("--image");
            images.forEach(image -> arguments.add(image.toString()));
        }
        try {
            return JSON.readTree(PythonTools.run("reference", arguments.toArray(String[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference's image embeddings, in the order the images were given. */
    public static List<float[]> imageEmbeddings(JsonNode reference) {
        List<float[]> embeddings = new ArrayList<>();
        reference.path("images").forEach(image -> embeddings.add(floats(image.path("embedding"))));
        return embeddings;
    }

    public static float[] floats(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.get(i).asDouble();
        }
        return values;
    }
}
