package dev.fovea.search.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of the common Hugging Face ONNX exports of MobileCLIP (Xenova/mobileclip_s0, _s1, _s2, _b, _blt):
 * {@code onnx/vision_model.onnx} ({@code pixel_values} → {@code image_embeds}), {@code onnx/text_model.onnx}
 * ({@code input_ids} → {@code text_embeds}), {@code tokenizer.json} and {@code preprocessor_config.json}.
 * Such a folder does not say which variant it holds, so the variant comes from the caller or from the
 * folder's name, and its preprocessor config must agree with the registry's facts for that variant.
 */
final class HuggingFaceExport {
    static final String IMAGE_INPUT = "pixel_values";
    static final String IMAGE_OUTPUT = "image_embeds";
    static final String TEXT_INPUT = "input_ids";
    static final String TEXT_OUTPUT = "text_embeds";
    static final String TOKENIZER = "tokenizer.json";
    static final String PREPROCESSOR_CONFIG = "preprocessor_config.json";

    /** Names in the store; the manifest maps them, so the hub's names need not survive. */
    static final String IMAGE_FILE = "image_encoder.onnx";

    static final String TEXT_FILE = "text_encoder.onnx";

    private static final Pattern V1_NAME = Pattern.compile("mobileclip[-_ ]?(s0|s1|s2|b[-_ ]?lt|b)(?![a-z0-9])");
    private static final Pattern V2_NAME = Pattern.compile("mobileclip2");
    private static final int PIL_BILINEAR = 2;
    private static final int PIL_BICUBIC = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HuggingFaceExport() {}

    static boolean isLayout(Path dir) {
        return Files.isDirectory(dir.resolve("onnx"));
    }

    /** The files to take from {@code dir}, in the order image tower, text tower, tokenizer. */
    static List<Path> sourceFiles(Path dir, ImportOptions options) {
        List<Path> files = List.of(
                dir.resolve(options.imagePrecision().file("vision_model")),
                dir.resolve(options.textPrecision().file("text_model")),
                dir.resolve(TOKENIZER));
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new FoveaException(
                        dir + " looks like a Hugging Face ONNX export but has no " + dir.relativize(file)
                                + ". Copy the whole repository folder (onnx/, tokenizer.json, preprocessor_config.json).");
            }
        }
        return files;
    }

    static ModelVariant identify(Path dir, ImportOptions options) {
        if (options.variant().isPresent()) {
            String id = options.variant().get();
            return ModelRegistry.find(id)
                    .orElseThrow(() -> new FoveaException(
                            "Unknown model variant '" + id + "'. `fovea model list` shows the known ones."));
        }
        Set<String> named = new LinkedHashSet<>();
        boolean secondGeneration = false;
        for (String name : names(dir)) {
            String lower = name.toLowerCase(Locale.ROOT);
            secondGeneration |= V2_NAME.matcher(lower).find();
            Matcher matcher = V1_NAME.matcher(lower);
            if (!secondGeneration && matcher.find()) {
                named.add("mobileclip-" + matcher.group(1).replaceAll("[-_ ]", ""));
            }
        }
        if (secondGeneration) {
            throw new FoveaException(
                    dir + " looks like a MobileCLIP2 export. Fovea does not vouch for community ONNX exports of "
                            + "MobileCLIP2; make one with `tools/.venv/bin/python -m fovea_tools.export VARIANT --out DIR` and import that, "
                            + "or name the variant yourself: `fovea model import DIR --variant mobileclip2-s0`.");
        }
        if (named.size() != 1) {
            throw new FoveaException("Cannot tell which MobileCLIP variant " + dir + " holds"
                    + (named.isEmpty()
                            ? " (its name does not say)"
                            : " (its names say " + String.join(" and ", named) + ")")
                    + ". Name it: `fovea model import " + dir
                    + " --variant mobileclip-s2` (or mobileclip-s0, -s1, -b, -blt).");
        }
        return ModelRegistry.find(named.iterator().next()).orElseThrow();
    }

    /** The folder's name and its parents' (a Hugging Face cache keeps {@code models--Xenova--mobileclip_s0/snapshots/REV}), and the config's. */
    private static List<String> names(Path dir) {
        List<String> names = new ArrayList<>();
        Path current = dir.toAbsolutePath().normalize();
        for (int level = 0; level < 3 && current != null && current.getFileName() != null; level++) {
            names.add(current.getFileName().toString());
            current = current.getParent();
        }
        readJson(dir.resolve("config.json"))
                .map(config -> config.path("_name_or_path").asText(""))
                .filter(name -> !name.isEmpty())
                .ifPresent(names::add);
        return names;
    }

    /** Refuses an export whose preprocessing differs from what the registry knows of the variant. */
    static void checkPreprocessorConfig(Path dir, ModelVariant variant) {
        Path file = dir.resolve(PREPROCESSOR_CONFIG);
        Optional<JsonNode> read = readJson(file);
        if (read.isEmpty()) {
            return;
        }
        JsonNode config = read.get();
        Preprocessing expected = variant.preprocessing();
        List<String> problems = new ArrayList<>();
        int shortest = side(config.path("size"), "shortest_edge");
        if (shortest != expected.imageSize()) {
            problems.add("size.shortest_edge is " + shortest + ", " + variant.displayName() + " needs "
                    + expected.imageSize());
        }
        if (config.path("do_center_crop").asBoolean(true)) {
            int crop = side(config.path("crop_size"), "height");
            if (crop > 0 && crop != expected.imageSize()) {
                problems.add("crop_size is " + crop + ", " + variant.displayName() + " needs " + expected.imageSize());
            }
        }
        int resample = config.path("resample").asInt(PIL_BILINEAR);
        int wanted = expected.interpolation() == Interpolation.BICUBIC ? PIL_BICUBIC : PIL_BILINEAR;
        if (resample != wanted) {
            problems.add("resample is " + resample + ", " + variant.displayName() + " needs " + wanted + " ("
                    + expected.interpolation().name().toLowerCase(Locale.ROOT) + ")");
        }
        double scale = config.path("rescale_factor").asDouble(1 / 255.0);
        if (config.path("do_rescale").asBoolean(true) && Math.abs(scale - 1 / 255.0) > 1e-9) {
            problems.add("rescale_factor is " + scale + ", expected 1/255");
        }
        boolean normalizes = config.path("do_normalize").asBoolean(false);
        float[] mean = normalizes ? triple(config.path("image_mean"), 0f) : Preprocessing.NO_MEAN;
        float[] std = normalizes ? triple(config.path("image_std"), 1f) : Preprocessing.NO_STD;
        if (!close(mean, expected.mean()) || !close(std, expected.std())) {
            problems.add("its normalisation (mean/std) differs from " + variant.displayName() + "'s");
        }
        if (!problems.isEmpty()) {
            throw new FoveaException(file + " does not match " + variant.displayName() + ": "
                    + String.join("; ", problems) + ". Is this the right variant? Name it with --variant.");
        }
    }

    static ModelManifest manifest(
            ModelVariant variant, String source, String imageSha256, String textSha256, String tokenizerSha256) {
        return ModelManifest.ofVariant(
                variant,
                source,
                new ModelManifest.TokenizerFile(
                        ModelManifest.TokenizerFile.HF_TOKENIZER_JSON,
                        TOKENIZER,
                        tokenizerSha256,
                        variant.contextLength()),
                new ModelManifest.TowerFile(IMAGE_FILE, imageSha256, IMAGE_INPUT, IMAGE_OUTPUT),
                new ModelManifest.TowerFile(TEXT_FILE, textSha256, TEXT_INPUT, TEXT_OUTPUT));
    }

    private static int side(JsonNode size, String key) {
        if (size.isInt()) {
            return size.asInt();
        }
        return size.path(key).asInt(size.path("shortest_edge").asInt(-1));
    }

    private static float[] triple(JsonNode values, float fallback) {
        if (values.isNumber()) {
            float value = values.floatValue();
            return new float[] {value, value, value};
        }
        if (!values.isArray() || values.size() != 3) {
            return new float[] {fallback, fallback, fallback};
        }
        return new float[] {
            values.get(0).floatValue(),
            values.get(1).floatValue(),
            values.get(2).floatValue()
        };
    }

    private static boolean close(float[] a, float[] b) {
        for (int i = 0; i < 3; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-4) {
                return false;
            }
        }
        return true;
    }

    private static Optional<JsonNode> readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new FoveaException(file + " is not valid JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + ").");
        }
    }
}
