package dev.fovea.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.search.model.ModelRegistry;
import dev.fovea.search.model.ModelVariant;
import dev.fovea.search.model.Preprocessing;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code python -m fovea_tools.preprocess_reference} in tools/ (open_clip's own eval transform on PIL) and reads back its
 * tensors. Skips the calling test when tools/.venv is absent.
 */
public final class ReferencePreprocessing {
    private static final long TIMEOUT_MINUTES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferencePreprocessing() {}

    /** What the reference made of one picture: its tensor and PIL mode, or the error PIL raised. */
    public record Reference(float[] tensor, String mode, String error) {
        public boolean ok() {
            return tensor != null;
        }
    }

    /** One open_clip variant per distinct preprocessing of the registry: what parity tests need to cover. */
    public static Map<Preprocessing, ModelVariant> representatives() {
        Map<Preprocessing, ModelVariant> byPreprocessing = new LinkedHashMap<>();
        for (ModelVariant variant : ModelRegistry.all()) {
            if (variant.openClipName().isPresent()) {
                byPreprocessing.putIfAbsent(variant.preprocessing(), variant);
            }
        }
        return byPreprocessing;
    }

    /** open_clip's transform for the variant's pretrained configuration. */
    public static List<Reference> forVariant(ModelVariant variant, List<Path> images, Path workDir) {
        String model = variant.openClipName()
                .orElseThrow(() -> new IllegalArgumentException(variant.id() + " is not in open_clip"));
        return run(List.of("--model", model, "--pretrained", variant.openClipPretrained()), images, workDir);
    }

    /** open_clip's transform built from explicit values (sizes no released model uses keep fixtures small). */
    public static List<Reference> forPreprocessing(Preprocessing preprocessing, List<Path> images, Path workDir) {
        List<String> arguments = new ArrayList<>(List.of(
                "--size",
                Integer.toString(preprocessing.imageSize()),
                "--interpolation",
                preprocessing.interpolation().name().toLowerCase(Locale.ROOT),
                "--mean"));
        for (float mean : preprocessing.mean()) {
            arguments.add(Float.toString(mean));
        }
        arguments.add("--std");
        for (float std : preprocessing.std()) {
            arguments.add(Float.toString(std));
        }
        return run(arguments, images, workDir);
    }

    /** The tensors alone, failing the test if the reference could not read a picture. */
    public static List<float[]> tensors(List<Reference> references) {
        List<float[]> tensors = new ArrayList<>();
        for (Reference reference : references) {
            if (!reference.ok()) {
                fail("The reference could not read a picture: " + reference.error());
            }
            tensors.add(reference.tensor());
        }
        return tensors;
    }

    private static List<Reference> run(List<String> arguments, List<Path> images, Path workDir) {
        Path python = TestData.python();
        Path out = workDir.resolve("reference-" + System.nanoTime());
        List<String> command = new ArrayList<>(List.of(python.toString(), "-m", "fovea_tools.preprocess_reference"));
        command.addAll(arguments);
        command.addAll(List.of("--out", out.toString()));
        images.forEach(image -> command.add(image.toString()));
        try {
            Path stdout = Files.createTempFile(workDir, "reference", ".jsonl");
            Path stderr = Files.createTempFile(workDir, "reference", ".log");
            Process process = new ProcessBuilder(command)
                    .directory(TestData.repoRoot().resolve("tools").toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("preprocess_reference.py timed out after " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                fail("preprocess_reference.py failed:\n" + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
            List<Reference> references = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                JsonNode result = JSON.readTree(line);
                references.add(
                        result.has("error")
                                ? new Reference(null, null, result.get("error").asText())
                                : new Reference(
                                        readFloats(Path.of(result.get("tensor").asText())),
                                        result.get("mode").asText(),
                                        null));
            }
            if (references.size() != images.size()) {
                fail("preprocess_reference.py answered for " + references.size() + " of " + images.size()
                        + " pictures");
            }
            return references;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running the reference", e);
        }
    }

    public static float[] readFloats(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(values);
        return values;
    }
}
