package dev.fovea.search.model;

import dev.fovea.search.model.download.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Model folders with the right layout and placeholder bytes, for tests of the store (nothing here runs). */
final class FakeModels {
    private FakeModels() {}

    static ModelManifest manifest(
            String id, ModelFamily family, int dims, String imageSha, String textSha, String vocabSha) {
        return new ModelManifest(
                ModelManifest.FORMAT,
                id,
                family,
                "Test " + id,
                dims,
                "FakeModels",
                true,
                7L,
                null,
                ModelManifest.ImageInput.of(Preprocessing.unnormalized(64, Interpolation.BILINEAR)),
                new ModelManifest.TokenizerFile(ModelManifest.TokenizerFile.CLIP_BPE, "vocab.txt", vocabSha, 77),
                new ModelManifest.TowerFile("image_encoder.onnx", imageSha, "pixel_values", "image_embeds"),
                new ModelManifest.TowerFile("text_encoder.onnx", textSha, "input_ids", "text_embeds"));
    }

    /** A Fovea model directory as fovea_tools.export lays it out, with placeholder tower bytes. */
    static Path foveaDirectory(Path dir, String id) throws IOException {
        return foveaDirectory(dir, id, "image " + id);
    }

    static Path foveaDirectory(Path dir, String id, String imageTower) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("image_encoder.onnx"), bytes(imageTower));
        Files.write(dir.resolve("text_encoder.onnx"), bytes("text " + id));
        Files.write(dir.resolve("vocab.txt"), bytes("#version: 0.2\n"));
        ManifestFile.write(
                manifest(
                        id,
                        ModelFamily.FIXTURE,
                        8,
                        Sha256.of(dir.resolve("image_encoder.onnx")),
                        Sha256.of(dir.resolve("text_encoder.onnx")),
                        Sha256.of(dir.resolve("vocab.txt"))),
                dir.resolve(ManifestFile.NAME));
        return dir;
    }

    /** A Hugging Face ONNX export folder (Xenova's layout) for a variant with the given input size. */
    static Path huggingFaceExport(Path dir, int shortestEdge) throws IOException {
        Files.createDirectories(dir.resolve("onnx"));
        for (String name :
                new String[] {"vision_model", "vision_model_quantized", "text_model", "text_model_quantized"}) {
            Files.write(dir.resolve("onnx/" + name + ".onnx"), bytes(name));
        }
        Files.write(dir.resolve("tokenizer.json"), bytes("{\"model\": {}}"));
        Files.writeString(dir.resolve("preprocessor_config.json"), """
                {"crop_size": {"height": %1$d, "width": %1$d}, "do_center_crop": true, "do_normalize": false,
                 "do_rescale": true, "do_resize": true, "resample": 2, "rescale_factor": 0.00392156862745098,
                 "size": {"shortest_edge": %1$d}}
                """.formatted(shortestEdge));
        return dir;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
