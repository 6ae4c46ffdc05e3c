package dev.fovea.search.model.download;

import dev.fovea.search.model.ModelRegistry;
import dev.fovea.search.model.TowerPrecision;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variants {@code fovea model download} offers and where they come from: Xenova's ONNX exports of
 * Apple's MobileCLIP on the Hugging Face hub.
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

    private HubSources() {}

    /** Registry ids that can be downloaded, the default first. */
    public static List<String> downloadable() {
        return List.of(ModelRegistry.DEFAULT_DOWNLOAD, ModelRegistry.LIGHT_DOWNLOAD);
    }

    /**
     * Bytes a float32 download fetches, for listings: exact for MobileCLIP-S0; for MobileCLIP-S2 the image
     * tower's size is known (143,020,962 bytes) and the text tower's is the ~254 MB the hub lists.
     */
    public static long approximateBytes(String variantId) {
        return switch (variantId) {
            case "mobileclip-s0" -> 45_543_630L + 169_807_789L + 2_224_081L;
            case "mobileclip-s2" -> 143_020_962L + 254_000_000L + 2_224_081L;
            default -> -1;
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
