package dev.fovea.search.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads, validates and writes {@code fovea-model.json}. Every complaint names the file and the field. */
public final class ManifestFile {
    public static final String NAME = "fovea-model.json";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // Newer exporters may add fields; what Fovea needs is validated below.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ManifestFile() {}

    public static ModelManifest read(Path file) {
        ModelManifest manifest;
        try {
            JsonNode tree = MAPPER.readTree(Files.readAllBytes(file));
            manifest = tree == null || tree.isMissingNode() ? null : MAPPER.treeToValue(tree, ModelManifest.class);
        } catch (NoSuchFileException e) {
            throw new FoveaException(
                    file.getParent() + " is not a model directory: it has no " + NAME
                            + ". Use a directory made by python -m fovea_tools.export, `fovea model download` or `fovea model import`.");
        } catch (DatabindException e) {
            throw new FoveaException(file + ": " + describe(e) + ". Re-export or re-import the model.");
        } catch (JacksonException e) {
            throw new FoveaException(file + " is truncated or not valid JSON (" + e.getOriginalMessage()
                    + "). Re-export or re-import the model.");
        } catch (IOException e) {
            throw new FoveaException("Cannot read " + file + ": " + e.getMessage());
        }
        if (manifest == null) {
            throw new FoveaException(file + " is empty. Re-export or re-import the model.");
        }
        validate(manifest, file);
        return manifest;
    }

    /** Writes atomically: a reader never sees half a manifest. */
    public static void write(ModelManifest manifest, Path file) {
        validate(manifest, file);
        Path temporary = file.resolveSibling(NAME + ".tmp");
        try {
            Files.write(temporary, MAPPER.writeValueAsBytes(manifest));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FoveaException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static String toJson(ModelManifest manifest) {
        try {
            return MAPPER.writeValueAsString(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void validate(ModelManifest m, Path file) {
        Problems problems = new Problems(file);
        if (m.format() != ModelManifest.FORMAT) {
            problems.fail(
                    "format",
                    m.format() > ModelManifest.FORMAT
                            ? "is " + m.format() + ", made for a newer Fovea (this one reads format "
                                    + ModelManifest.FORMAT + "); update Fovea"
                            : "is " + m.format() + ", expected " + ModelManifest.FORMAT);
        }
        if (m.id() == null || !ID.matcher(m.id()).matches()) {
            problems.fail(
                    "id",
                    m.id() == null
                            ? "is missing"
                            : "'" + m.id() + "' is not a valid id (lowercase letters, digits, '.', '_', '-')");
        }
        problems.require("family", m.family());
        problems.require("display_name", m.displayName());
        if (m.embeddingDimensions() <= 0) {
            problems.fail("embedding_dimensions", "is missing or not positive");
        }
        if (m.id() != null && m.family() != null) {
            ModelRegistry.find(m.id()).ifPresent(variant -> {
                if (variant.family() != m.family()) {
                    problems.fail(
                            "family",
                            "is " + lower(m.family()) + " but " + m.id() + " is a " + lower(variant.family())
                                    + " model");
                }
                if (variant.embeddingDimensions() != m.embeddingDimensions()) {
                    problems.fail(
                            "embedding_dimensions",
                            "is " + m.embeddingDimensions() + " but " + m.id() + " has "
                                    + variant.embeddingDimensions());
                }
            });
        }
        validateImageInput(m.preprocessing(), problems);
        validateTokenizer(m.tokenizer(), problems);
        validateTower("image_encoder", m.imageEncoder(), problems);
        validateTower("text_encoder", m.textEncoder(), problems);
        problems.throwIfAny();
    }

    private static void validateImageInput(ModelManifest.ImageInput input, Problems problems) {
        if (!problems.require("preprocessing", input)) {
            return;
        }
        if (input.imageSize() <= 0) {
            problems.fail("preprocessing.image_size", "is missing or not positive");
        }
        if (!ModelManifest.ImageInput.SHORTEST_SIDE.equals(input.resize())) {
            problems.fail(
                    "preprocessing.resize",
                    "must be \"shortest\" (the only resize Fovea implements), is " + quoted(input.resize()));
        }
        if (!ModelManifest.ImageInput.CENTER.equals(input.crop())) {
            problems.fail(
                    "preprocessing.crop",
                    "must be \"center\" (the only crop Fovea implements), is " + quoted(input.crop()));
        }
        problems.require("preprocessing.interpolation", input.interpolation());
        validateTriple("preprocessing.mean", input.mean(), problems, false);
        validateTriple("preprocessing.std", input.std(), problems, true);
    }

    private static void validateTriple(String field, float[] values, Problems problems, boolean positive) {
        if (values == null || values.length != 3) {
            problems.fail(field, "needs one value per RGB channel (3 numbers)");
            return;
        }
        for (float value : values) {
            if (!Float.isFinite(value) || (positive && value <= 0f)) {
                problems.fail(
                        field, "holds " + value + ", expected " + (positive ? "positive " : "") + "finite numbers");
                return;
            }
        }
    }

    private static void validateTokenizer(ModelManifest.TokenizerFile tokenizer, Problems problems) {
        if (!problems.require("tokenizer", tokenizer)) {
            return;
        }
        if (!ModelManifest.TokenizerFile.CLIP_BPE.equals(tokenizer.type())
                && !ModelManifest.TokenizerFile.HF_TOKENIZER_JSON.equals(tokenizer.type())) {
            problems.fail(
                    "tokenizer.type", "must be \"clip-bpe\" or \"hf-tokenizer-json\", is " + quoted(tokenizer.type()));
        }
        validateFile("tokenizer", tokenizer.file(), tokenizer.sha256(), problems);
        if (tokenizer.contextLength() <= 2) {
            problems.fail("tokenizer.context_length", "is missing or too small (CLIP models use 77)");
        }
    }

    private static void validateTower(String name, ModelManifest.TowerFile tower, Problems problems) {
        if (!problems.require(name, tower)) {
            return;
        }
        validateFile(name, tower.file(), tower.sha256(), problems);
        if (tower.data() != null) {
            validateFile(name + ".data", tower.data().file(), tower.data().sha256(), problems);
        }
        problems.require(name + ".input", tower.input());
        problems.require(name + ".output", tower.output());
    }

    private static void validateFile(String owner, String relative, String sha256, Problems problems) {
        if (problems.require(owner + ".file", relative)) {
            Path path = Path.of(relative);
            if (path.isAbsolute()
                    || !path.normalize().equals(path)
                    || path.startsWith("..")
                    || relative.contains("\\")) {
                problems.fail(owner + ".file", "'" + relative + "' must be a plain path inside the model directory");
            }
        }
        if (problems.require(owner + ".sha256", sha256)
                && !SHA256.matcher(sha256).matches()) {
            problems.fail(owner + ".sha256", "'" + sha256 + "' is not a lowercase hex SHA-256");
        }
    }

    private static String describe(DatabindException e) {
        String field = e instanceof JsonMappingException mapping
                ? mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[")
                : "";
        String problem = e.getOriginalMessage().lines().findFirst().orElse("invalid value");
        return field.isEmpty() ? problem : "field '" + field + "' is invalid (" + problem + ")";
    }

    private static String lower(ModelFamily family) {
        return family.name().toLowerCase(Locale.ROOT);
    }

    private static String quoted(String value) {
        return value == null ? "missing" : "\"" + value + "\"";
    }

    /** Collects every problem so one run of the command reports them all. */
    private static final class Problems {
        private final Path file;
        private final StringBuilder message = new StringBuilder();
        private int count;

        Problems(Path file) {
            this.file = file;
        }

        boolean require(String field, Object value) {
            if (value == null || (value instanceof String text && text.isBlank())) {
                fail(field, "is missing");
                return false;
            }
            return true;
        }

        void fail(String field, String problem) {
            message.append(count++ == 0 ? "" : "; ")
                    .append("'")
                    .append(field)
                    .append("' ")
                    .append(problem);
        }

        void throwIfAny() {
            if (count > 0) {
                throw new FoveaException(
                        file + ": " + message + ". Fix the manifest, or re-export or re-import the model.");
            }
        }
    }
}
