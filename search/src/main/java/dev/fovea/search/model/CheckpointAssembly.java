package dev.fovea.search.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.fovea.search.FoveaException;
import dev.fovea.search.model.checkpoint.Checkpoint;
import dev.fovea.search.model.checkpoint.CheckpointTensor;
import dev.fovea.search.model.checkpoint.Float32Writer;
import dev.fovea.search.model.checkpoint.WeightsLayout;
import dev.fovea.search.model.download.Sha256;
import dev.fovea.search.onnx.OnnxTelemetry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Joins an official open_clip checkpoint with the weightless graphs Fovea ships (made by
 * {@code tools/fovea_tools/weightless.py}) into the two towers of a model directory.
 *
 * <p>Each graph keeps the MobileOne / FastViT / RepMixer branches and batch norms as arithmetic over the
 * checkpoint's own tensors. ONNX Runtime's constant folding (its basic optimisation level) fuses them into one
 * convolution per block while loading, and the folded model is what gets saved as the tower: so the installed
 * tower is the reparameterised model the exporter would write, made without Python, and later starts load it
 * as fast as any export.
 */
public final class CheckpointAssembly {
    static final String IMAGE_FILE = "image_encoder.onnx";
    static final String TEXT_FILE = "text_encoder.onnx";
    static final String VOCABULARY = "bpe_simple_vocab_16e6.txt.gz";
    private static final String GRAPHS = "/dev/fovea/search/model/graphs/";
    private static final List<String> TOWERS = List.of("image_encoder", "text_encoder");
    /** In every open_clip checkpoint but used by no tower: batch-norm counters and the contrastive loss's scale. */
    private static final Set<String> UNUSED_SUFFIXES = Set.of("num_batches_tracked", "logit_scale", "logit_bias");

    private CheckpointAssembly() {}

    /** Variant id to the folder of its graphs; variants with identical open_clip configurations share one. */
    private static final Map<String, String> GRAPH_FOLDERS = readIndex();

    /** Whether Fovea ships the weightless graphs of a variant, i.e. can install it from its checkpoint. */
    public static boolean supports(String variantId) {
        return GRAPH_FOLDERS.containsKey(variantId);
    }

    private static Map<String, String> readIndex() {
        try (InputStream in = CheckpointAssembly.class.getResourceAsStream(GRAPHS + "index.json")) {
            if (in == null) {
                return Map.of();
            }
            Map<String, String> index = new LinkedHashMap<>();
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in)
                    .properties()
                    .forEach(entry -> index.put(entry.getKey(), entry.getValue().asText()));
            return Map.copyOf(index);
        } catch (IOException e) {
            throw new UncheckedIOException("Fovea's own resource " + GRAPHS + "index.json is unreadable", e);
        }
    }

    /**
     * Checks a checkpoint against the variant's graphs and writes the towers, vocabulary and manifest into
     * {@code directory}. Every problem with the checkpoint is reported before anything is written.
     */
    public static ModelDirectory assemble(Path checkpointFile, ModelVariant variant, Path directory, String source) {
        if (!supports(variant.id())) {
            throw new FoveaException(variant.displayName() + " cannot be assembled from a checkpoint (Fovea ships no "
                    + "graph for it). Import an ONNX export of it with `fovea model import DIR`.");
        }
        List<WeightsLayout> layouts =
                TOWERS.stream().map(tower -> layout(variant.id(), tower)).toList();
        try (Checkpoint checkpoint = Checkpoint.open(checkpointFile)) {
            check(checkpoint, variant, layouts);
            Path work = directory.resolve(".assembly");
            Files.createDirectories(work);
            Float32Writer writer = new Float32Writer();
            List<ModelManifest.TowerFile> towers = new ArrayList<>();
            for (WeightsLayout layout : layouts) {
                Path graph = work.resolve(layout.tower() + ".graph.onnx");
                try (InputStream packed = new GZIPInputStream(
                        resource(GRAPHS + GRAPH_FOLDERS.get(variant.id()) + "/" + layout.graphFile()))) {
                    Files.copy(packed, graph);
                }
                writeWeights(checkpoint, layout, work.resolve(layout.weightsFile()), writer);
                boolean image = layout.tower().equals("image");
                Path tower = directory.resolve(image ? IMAGE_FILE : TEXT_FILE);
                Path data = directory.resolve(tower.getFileName() + ".data");
                fold(graph, tower, data);
                Files.delete(graph);
                Files.delete(work.resolve(layout.weightsFile()));
                towers.add(new ModelManifest.TowerFile(
                        tower.getFileName().toString(),
                        Sha256.of(tower),
                        image ? "pixel_values" : "input_ids",
                        image ? "image_embeds" : "text_embeds",
                        new ModelManifest.ExternalData(data.getFileName().toString(), Sha256.of(data))));
            }
            Files.delete(work);
            copyResource(GRAPHS + VOCABULARY, directory.resolve(VOCABULARY));
            ManifestFile.write(
                    manifest(variant, source, towers.get(0), towers.get(1), Sha256.of(directory.resolve(VOCABULARY))),
                    directory.resolve(ManifestFile.NAME));
            return ModelDirectory.open(directory);
        } catch (IOException e) {
            throw new FoveaException(
                    "Cannot write the model assembled from " + checkpointFile + " into " + directory + ": "
                            + e.getMessage()
                            + ". Free some disk space and try again; the installed models are unchanged.",
                    e);
        }
    }

    /** The variant a checkpoint is of, told by its tensors' names and shapes. */
    public static String identify(Path checkpointFile) {
        try (Checkpoint checkpoint = Checkpoint.open(checkpointFile)) {
            return matchingVariant(checkpoint.tensors())
                    .orElseThrow(
                            () -> new FoveaException(
                                    checkpointFile + " is not the checkpoint of a variant Fovea "
                                            + "can assemble (its tensors match none). Name the variant with --variant to see what differs."));
        }
    }

    private static void check(Checkpoint checkpoint, ModelVariant variant, List<WeightsLayout> layouts) {
        Map<String, WeightsLayout.Entry> expected = expectedTensors(layouts);
        List<String> problems = new ArrayList<>();
        Map<String, CheckpointTensor> tensors = checkpoint.tensors();
        List<String> missing = expected.keySet().stream()
                .filter(name -> !tensors.containsKey(name))
                .toList();
        List<String> extra = tensors.keySet().stream()
                .filter(name -> !expected.containsKey(name) && !unused(name))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " tensors are missing (" + sample(missing) + ")");
        }
        if (!extra.isEmpty()) {
            problems.add(extra.size() + " tensors are unexpected (" + sample(extra) + ")");
        }
        for (WeightsLayout.Entry entry : expected.values()) {
            CheckpointTensor tensor = tensors.get(entry.name());
            if (tensor == null) {
                continue;
            }
            if (!Arrays.equals(tensor.shape(), entry.shape())) {
                problems.add("tensor " + tensor.describe() + " should have shape " + Arrays.toString(entry.shape()));
            } else if (!tensor.dtype().floating()) {
                problems.add("tensor " + tensor.describe() + " should hold floating-point numbers");
            }
        }
        if (!problems.isEmpty()) {
            String other = matchingVariant(tensors)
                    .filter(id -> !id.equals(variant.id()))
                    .map(id -> " It is a checkpoint of "
                            + ModelRegistry.find(id).orElseThrow().displayName() + ": use --variant " + id + ".")
                    .orElse(" Is it a checkpoint of another variant? Give the right one with --variant.");
            throw new FoveaException(checkpoint.file() + " is not a " + variant.displayName() + " checkpoint: "
                    + String.join("; ", problems.subList(0, Math.min(problems.size(), 6)))
                    + (problems.size() > 6 ? "; and " + (problems.size() - 6) + " more problems" : "") + "."
                    + other + " Nothing was installed; the installed models are unchanged.");
        }
    }

    private static Map<String, WeightsLayout.Entry> expectedTensors(List<WeightsLayout> layouts) {
        Map<String, WeightsLayout.Entry> expected = new LinkedHashMap<>();
        for (WeightsLayout layout : layouts) {
            for (WeightsLayout.Entry entry : layout.tensors()) {
                expected.put(entry.name(), entry);
            }
        }
        return expected;
    }

    /** The variant whose graphs take exactly this checkpoint's tensors, if any. */
    private static Optional<String> matchingVariant(Map<String, CheckpointTensor> tensors) {
        Set<String> names = new HashSet<>();
        tensors.keySet().stream().filter(name -> !unused(name)).forEach(names::add);
        for (ModelVariant candidate : ModelRegistry.all()) {
            if (!supports(candidate.id())) {
                continue;
            }
            Map<String, WeightsLayout.Entry> expected = expectedTensors(
                    TOWERS.stream().map(tower -> layout(candidate.id(), tower)).toList());
            if (expected.keySet().equals(names)
                    && expected.values().stream()
                            .allMatch(entry -> Arrays.equals(
                                    entry.shape(), tensors.get(entry.name()).shape()))) {
                return Optional.of(candidate.id());
            }
        }
        return Optional.empty();
    }

    private static boolean unused(String name) {
        return UNUSED_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static String sample(List<String> names) {
        return String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", ..." : "");
    }

    private static void writeWeights(Checkpoint checkpoint, WeightsLayout layout, Path file, Float32Writer writer)
            throws IOException {
        try (FileChannel out = FileChannel.open(
                file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            for (WeightsLayout.Entry entry : layout.tensors()) {
                CheckpointTensor tensor = checkpoint.tensors().get(entry.name());
                long written = writer.write(checkpoint, tensor, out, entry.offset());
                if (written != entry.length()) {
                    throw new IllegalStateException(entry.name() + ": wrote " + written + " of " + entry.length());
                }
            }
        }
    }

    /**
     * Loads the joined graph with ONNX Runtime's basic optimisations (constant folding: the block fusions) and
     * saves the optimised model as the tower, its weights in {@code data} (ONNX external data, written straight to
     * the file rather than through one in-memory protobuf, and free of the 2 GB protobuf limit). Basic
     * optimisations do not depend on the processor, so the saved tower runs anywhere the exporter's would.
     */
    private static void fold(Path graph, Path tower, Path data) {
        OrtEnvironment environment = OnnxTelemetry.environment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
            options.setOptimizedModelFilePath(tower.toString());
            options.addConfigEntry(
                    "session.optimized_model_external_initializers_file_name",
                    data.getFileName().toString());
            options.addConfigEntry("session.optimized_model_external_initializers_min_size_in_bytes", "1024");
            try (OrtSession session = environment.createSession(graph.toString(), options)) {
                // Creating the session folds and writes the tower; nothing to run.
            }
        } catch (OrtException e) {
            throw new FoveaException(
                    "ONNX Runtime could not assemble " + tower.getFileName() + " (" + e.getMessage()
                            + "). Nothing was installed.",
                    e);
        }
        if (!Files.isRegularFile(tower) || !Files.isRegularFile(data)) {
            throw new FoveaException(
                    "ONNX Runtime did not write " + tower + " and its weights. Nothing was installed.");
        }
    }

    static WeightsLayout layout(String variantId, String tower) {
        String resource = GRAPHS + GRAPH_FOLDERS.get(variantId) + "/" + tower + ".layout.json";
        try (InputStream in = resource(resource)) {
            return WeightsLayout.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Fovea's own resource " + resource + " is unreadable", e);
        }
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = resource(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CheckpointAssembly.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Fovea's own resource " + name + " is missing: a broken build");
        }
        return in;
    }

    private static ModelManifest manifest(
            ModelVariant variant,
            String source,
            ModelManifest.TowerFile image,
            ModelManifest.TowerFile text,
            String vocabularySha256) {
        return ModelManifest.ofVariant(
                variant,
                source,
                new ModelManifest.TokenizerFile(
                        ModelManifest.TokenizerFile.CLIP_BPE, VOCABULARY, vocabularySha256, variant.contextLength()),
                image,
                text);
    }
}
