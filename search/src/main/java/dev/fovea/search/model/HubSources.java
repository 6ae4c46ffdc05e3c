package dev.fovea.search.model;

import dev.fovea.search.model.download.HubFile;
import dev.fovea.search.model.download.HubSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variants {@code fovea model download} offers and where they come from. Every variant in open_clip comes
 * from the official open_clip checkpoint its authors published on the Hugging Face hub (as open_clip 3.3's
 * {@code pretrained.py} lists them), which Fovea joins with the weightless graph it ships for the variant
 * ({@code CheckpointAssembly}). MobileCLIP-S0, which open_clip lacks, comes from Xenova's ONNX export.
 *
 * <p>Checkpoints are pinned to a commit where one is known ({@code timm/MobileCLIP2-S0-OpenCLIP}); the others
 * resolve {@code main} to a commit once, take the file from that commit, check it against the SHA-256 the hub
 * states (its LFS oid), and record both in the installed manifest's {@code source}.
 *
 * <p>MobileCLIP-S0 is pinned to a commit with the SHA-256 (LFS oid) and size of each file, as published
 * by several projects that pin the same commit. For MobileCLIP-S2 no commit could be confirmed while this
 * was written (no internet here), so its download resolves {@code main} to a commit once, fetches every file
 * from that commit, and checks each against the digest the hub states for it (the LFS oid in
 * {@code X-Linked-Etag}, or the git blob hash in {@code ETag} for small files). The commit is recorded in the
 * installed manifest's {@code source}. Pin it here once a networked machine has confirmed it.
 *
 * <p>MobileCLIP2 has no official ONNX export; community ones are unverified, so they are not offered:
 * {@code fovea_tools.export} makes them.
 */
public final class HubSources {
    static final String S0_REPOSITORY = "Xenova/mobileclip_s0";
    static final String S0_REVISION = "757d59c9c6870a76a4b0306f05f5061bca15c39f";
    static final String S2_REPOSITORY = "Xenova/mobileclip_s2";

    private static final Map<String, HubFile> S0_PINNED = Map.of(
            "onnx/vision_model.onnx",
                    HubFile.pinned(
                            "onnx/vision_model.onnx",
                            "17d3c037b1d488c10c50e09f6009ea5a198caef4e0e8f4ea5617b7cb2d067ac0",
                            45_543_630),
            "onnx/vision_model_fp16.onnx",
                    new HubFile(
                            "onnx/vision_model_fp16.onnx",
                            Optional.of("22b1d36ecc6837e8205aee05003440a25e1c1ee0c7e2945dbb9dd597211c59dc"),
                            -1),
            "onnx/text_model.onnx",
                    HubFile.pinned(
                            "onnx/text_model.onnx",
                            "f6e9bd5742bfc515889e901634d8a2ff2a57fab8564e4ad3760e800b1a51b77c",
                            169_807_789),
            "onnx/text_model_quantized.onnx",
                    HubFile.pinned(
                            "onnx/text_model_quantized.onnx",
                            "b8557b10e5c23a0126c6d2e6eba48d240484979007917d128953b31618a04211",
                            42_799_238),
            "tokenizer.json",
                    HubFile.pinned(
                            "tokenizer.json",
                            "72ed5c96db5729294468543e4bc75fce14ca63f58e37300290189ba1c1e52b85",
                            2_224_081),
            "preprocessor_config.json",
                    new HubFile(
                            "preprocessor_config.json",
                            Optional.of("b031f09fbd69e22a605b6cc7433993249ee893b7fc1b79321f669cd015493dd4"),
                            -1));

    /** The checkpoint file Fovea fetches: safetensors, which every official open_clip repository here holds. */
    public static final String CHECKPOINT_FILE = "open_clip_model.safetensors";

    private static final Map<String, String> CHECKPOINT_REPOSITORIES = Map.ofEntries(
            Map.entry("mobileclip-s1", "apple/MobileCLIP-S1-OpenCLIP"),
            Map.entry("mobileclip-s2", "apple/MobileCLIP-S2-OpenCLIP"),
            Map.entry("mobileclip-b", "apple/MobileCLIP-B-OpenCLIP"),
            Map.entry("mobileclip-blt", "apple/MobileCLIP-B-LT-OpenCLIP"),
            Map.entry("mobileclip2-s0", "timm/MobileCLIP2-S0-OpenCLIP"),
            Map.entry("mobileclip2-s2", "timm/MobileCLIP2-S2-OpenCLIP"),
            Map.entry("mobileclip2-s3", "timm/MobileCLIP2-S3-OpenCLIP"),
            Map.entry("mobileclip2-s4", "timm/MobileCLIP2-S4-OpenCLIP"),
            Map.entry("mobileclip2-b", "timm/MobileCLIP2-B-OpenCLIP"),
            Map.entry("mobileclip2-l14", "timm/MobileCLIP2-L-14-OpenCLIP"),
            Map.entry("openai-vit-b32", "timm/vit_base_patch32_clip_224.openai"),
            Map.entry("openai-vit-b16", "timm/vit_base_patch16_clip_224.openai"));

    /** Commits confirmed to hold the checkpoint (round-2 notes: a revision public code pins). */
    private static final Map<String, String> CHECKPOINT_REVISIONS =
            Map.of("mobileclip2-s0", "095906d28bf54d7584dc411e8ffe448f34289e05");

    /**
     * Float32 checkpoint sizes as the hub lists them (round-2 notes) or, where no listing was found, from the
     * parameter count (4 bytes each): for listings and the first-run choice, not for checks.
     */
    private static final Map<String, Long> CHECKPOINT_BYTES = Map.ofEntries(
            Map.entry("mobileclip-s1", 340_000_000L),
            Map.entry("mobileclip-s2", 398_000_000L),
            Map.entry("mobileclip-b", 599_000_000L),
            Map.entry("mobileclip-blt", 599_000_000L),
            Map.entry("mobileclip2-s0", 300_000_000L),
            Map.entry("mobileclip2-s2", 398_000_000L),
            Map.entry("mobileclip2-s3", 997_000_000L),
            Map.entry("mobileclip2-s4", 1_783_000_000L),
            Map.entry("mobileclip2-b", 599_000_000L),
            Map.entry("mobileclip2-l14", 1_712_000_000L),
            Map.entry("openai-vit-b32", 605_000_000L),
            Map.entry("openai-vit-b16", 599_000_000L));

    private HubSources() {}

    /** Registry ids that can be downloaded, the default first. */
    public static List<String> downloadable() {
        List<String> ids =
                new java.util.ArrayList<>(List.of(ModelRegistry.DEFAULT_DOWNLOAD, ModelRegistry.LIGHT_DOWNLOAD));
        ModelRegistry.all().stream()
                .map(ModelVariant::id)
                .filter(id -> !ids.contains(id) && checkpoint(id).isPresent())
                .forEach(ids::add);
        return List.copyOf(ids);
    }

    /**
     * The official open_clip checkpoint of a variant whose weightless graphs Fovea ships; empty for the others
     * (MobileCLIP-S0, and variants whose graphs are not shipped).
     */
    public static Optional<HubSource> checkpoint(String variantId) {
        String repository = CHECKPOINT_REPOSITORIES.get(variantId);
        if (repository == null || !CheckpointAssembly.supports(variantId)) {
            return Optional.empty();
        }
        return Optional.of(new HubSource(
                variantId,
                repository,
                Optional.ofNullable(CHECKPOINT_REVISIONS.get(variantId)),
                List.of(HubFile.unpinned(CHECKPOINT_FILE))));
    }

    /**
     * Bytes a float32 download fetches, for listings: exact for MobileCLIP-S0, the checkpoint's size as the hub
     * lists it (or estimated from the parameter count) for the others.
     */
    public static long approximateBytes(String variantId) {
        return switch (variantId) {
            case "mobileclip-s0" -> 45_543_630L + 169_807_789L + 2_224_081L;
            default -> CHECKPOINT_BYTES.getOrDefault(variantId, -1L);
        };
    }

    public static Optional<HubSource> find(String variantId, TowerPrecision image, TowerPrecision text) {
        List<String> paths = List.of(
                image.file("vision_model"), text.file("text_model"), "tokenizer.json", "preprocessor_config.json");
        return switch (variantId) {
            case "mobileclip-s0" ->
                Optional.of(new HubSource(
                        variantId,
                        S0_REPOSITORY,
                        Optional.of(S0_REVISION),
                        paths.stream()
                                .map(path -> S0_PINNED.getOrDefault(path, HubFile.unpinned(path)))
                                .toList()));
            case "mobileclip-s2" ->
                Optional.of(new HubSource(
                        variantId,
                        S2_REPOSITORY,
                        Optional.empty(),
                        paths.stream().map(HubFile::unpinned).toList()));
            default -> Optional.empty();
        };
    }
}
