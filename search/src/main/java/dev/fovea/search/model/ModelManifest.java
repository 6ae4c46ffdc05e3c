package dev.fovea.search.model;

import java.util.List;

/**
 * The contents of a model directory's {@code fovea-model.json} (docs/model-directory.md). Read and written by
 * {@link ManifestFile}, which also validates it; the records here only hold the values.
 *
 * @param seed the seed of {@code fovea_tools.export --random-init}, absent for trained weights
 * @param weightsSha256 digest of the exported state dict, so the PyTorch reference can prove it rebuilt the
 *     same random weights; absent for trained weights
 */
public record ModelManifest(
        int format,
        String id,
        ModelFamily family,
        String displayName,
        int embeddingDimensions,
        String source,
        boolean randomWeights,
        Long seed,
        String weightsSha256,
        ImageInput preprocessing,
        TokenizerFile tokenizer,
        TowerFile imageEncoder,
        TowerFile textEncoder) {

    public static final int FORMAT = 1;

    /** The manifest of trained weights for a registered variant, with its registry facts and preprocessing. */
    public static ModelManifest ofVariant(
            ModelVariant variant,
            String source,
            TokenizerFile tokenizer,
            TowerFile imageEncoder,
            TowerFile textEncoder) {
        return new ModelManifest(
                FORMAT,
                variant.id(),
                variant.family(),
                variant.displayName(),
                variant.embeddingDimensions(),
                source,
                false,
                null,
                null,
                ImageInput.of(variant.preprocessing()),
                tokenizer,
                imageEncoder,
                textEncoder);
    }

    /** How pictures are turned into the image tower's input. */
    public record ImageInput(
            int imageSize, String resize, String crop, Interpolation interpolation, float[] mean, float[] std) {
        public static final String SHORTEST_SIDE = "shortest";
        public static final String CENTER = "center";

        public static ImageInput of(Preprocessing preprocessing) {
            return new ImageInput(
                    preprocessing.imageSize(),
                    SHORTEST_SIDE,
                    CENTER,
                    preprocessing.interpolation(),
                    preprocessing.mean(),
                    preprocessing.std());
        }

        public Preprocessing toPreprocessing() {
            return new Preprocessing(imageSize, interpolation, mean, std);
        }
    }

    /** {@code type} is {@code clip-bpe} or {@code hf-tokenizer-json}. */
    public record TokenizerFile(String type, String file, String sha256, int contextLength) {
        public static final String CLIP_BPE = "clip-bpe";
        public static final String HF_TOKENIZER_JSON = "hf-tokenizer-json";
    }

    /**
     * One ONNX tower: its file and the names of its single input and the output Fovea reads.
     *
     * @param data the ONNX external-data file holding the tower's weights, when the graph keeps them outside
     *     (towers assembled from a checkpoint); absent when the weights are inside the graph file
     */
    public record TowerFile(String file, String sha256, String input, String output, ExternalData data) {
        public TowerFile(String file, String sha256, String input, String output) {
            this(file, sha256, input, output, null);
        }
    }

    /** A file of ONNX external data beside a tower's graph, with its digest. */
    public record ExternalData(String file, String sha256) {}

    /** A file the directory must hold, relative to it, with its expected digest. */
    public record ListedFile(String field, String path, String sha256) {}

    public Preprocessing imagePreprocessing() {
        return preprocessing.toPreprocessing();
    }

    /** Every file the manifest names, with the manifest field that names it (for error messages). */
    public List<ListedFile> files() {
        List<ListedFile> files = new java.util.ArrayList<>(List.of(
                new ListedFile("image_encoder.file", imageEncoder.file(), imageEncoder.sha256()),
                new ListedFile("text_encoder.file", textEncoder.file(), textEncoder.sha256()),
                new ListedFile("tokenizer.file", tokenizer.file(), tokenizer.sha256())));
        if (imageEncoder.data() != null) {
            files.add(new ListedFile(
                    "image_encoder.data.file",
                    imageEncoder.data().file(),
                    imageEncoder.data().sha256()));
        }
        if (textEncoder.data() != null) {
            files.add(new ListedFile(
                    "text_encoder.data.file",
                    textEncoder.data().file(),
                    textEncoder.data().sha256()));
        }
        return List.copyOf(files);
    }
}
