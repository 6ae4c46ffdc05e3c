package dev.fovea.search.model;

import static dev.fovea.search.model.Interpolation.BICUBIC;
import static dev.fovea.search.model.Interpolation.BILINEAR;

import java.util.List;
import java.util.Optional;

/**
 * Every released MobileCLIP and MobileCLIP2 variant plus the OpenAI baselines, with the preprocessing of
 * open_clip 3.3.0's pretrained configurations ({@code _mccfg}, {@code _mc2cfg}, {@code _pcfg}).
 */
public final class ModelRegistry {
    private static final int CTX = ModelVariant.CLIP_CONTEXT_LENGTH;

    private static final List<ModelVariant> VARIANTS = List.of(
            mobileClip(
                    "mobileclip-s0",
                    "MobileCLIP-S0",
                    512,
                    Preprocessing.unnormalized(256, BILINEAR),
                    false,
                    null,
                    "datacompdr"),
            mobileClip(
                    "mobileclip-s1",
                    "MobileCLIP-S1",
                    512,
                    Preprocessing.unnormalized(256, BILINEAR),
                    false,
                    "MobileCLIP-S1",
                    "datacompdr"),
            mobileClip(
                    "mobileclip-s2",
                    "MobileCLIP-S2",
                    512,
                    Preprocessing.unnormalized(256, BILINEAR),
                    false,
                    "MobileCLIP-S2",
                    "datacompdr"),
            mobileClip(
                    "mobileclip-b",
                    "MobileCLIP-B",
                    512,
                    Preprocessing.unnormalized(224, BILINEAR),
                    true,
                    "MobileCLIP-B",
                    "datacompdr"),
            mobileClip(
                    "mobileclip-blt",
                    "MobileCLIP-B (LT)",
                    512,
                    Preprocessing.unnormalized(224, BILINEAR),
                    true,
                    "MobileCLIP-B",
                    "datacompdr_lt"),
            mobileClip2(
                    "mobileclip2-s0",
                    "MobileCLIP2-S0",
                    512,
                    Preprocessing.unnormalized(256, BILINEAR),
                    false,
                    "MobileCLIP2-S0"),
            mobileClip2(
                    "mobileclip2-s2",
                    "MobileCLIP2-S2",
                    512,
                    Preprocessing.unnormalized(256, BILINEAR),
                    false,
                    "MobileCLIP2-S2"),
            mobileClip2(
                    "mobileclip2-s3",
                    "MobileCLIP2-S3",
                    768,
                    Preprocessing.openAi(256, BILINEAR),
                    false,
                    "MobileCLIP2-S3"),
            mobileClip2(
                    "mobileclip2-s4",
                    "MobileCLIP2-S4",
                    768,
                    Preprocessing.openAi(256, BILINEAR),
                    false,
                    "MobileCLIP2-S4"),
            mobileClip2(
                    "mobileclip2-b",
                    "MobileCLIP2-B",
                    512,
                    Preprocessing.unnormalized(224, BILINEAR),
                    true,
                    "MobileCLIP2-B"),
            mobileClip2(
                    "mobileclip2-l14",
                    "MobileCLIP2-L-14",
                    768,
                    Preprocessing.openAi(224, BICUBIC),
                    false,
                    "MobileCLIP2-L-14"),
            openAi("openai-vit-b32", "OpenAI ViT-B/32", "ViT-B-32"),
            openAi("openai-vit-b16", "OpenAI ViT-B/16", "ViT-B-16"));

    /** What {@code fovea model download} fetches without a variant: Queryable's and Ente's choice. */
    public static final String DEFAULT_DOWNLOAD = "mobileclip-s2";
    /** Offered instead of the default on slow machines. */
    public static final String LIGHT_DOWNLOAD = "mobileclip-s0";

    private ModelRegistry() {}

    public static List<ModelVariant> all() {
        return VARIANTS;
    }

    public static Optional<ModelVariant> find(String id) {
        return VARIANTS.stream()
                .filter(variant -> variant.id().equalsIgnoreCase(id))
                .findFirst();
    }

    private static ModelVariant mobileClip(
            String id,
            String name,
            int dims,
            Preprocessing preprocessing,
            boolean causal,
            String openClipName,
            String pretrained) {
        return new ModelVariant(
                id,
                name,
                ModelFamily.MOBILECLIP,
                dims,
                preprocessing,
                CTX,
                causal,
                Optional.ofNullable(openClipName),
                pretrained);
    }

    private static ModelVariant mobileClip2(
            String id, String name, int dims, Preprocessing preprocessing, boolean causal, String openClipName) {
        return new ModelVariant(
                id,
                name,
                ModelFamily.MOBILECLIP2,
                dims,
                preprocessing,
                CTX,
                causal,
                Optional.of(openClipName),
                "dfndr2b");
    }

    private static ModelVariant openAi(String id, String name, String openClipName) {
        return new ModelVariant(
                id,
                name,
                ModelFamily.OPENAI_CLIP,
                512,
                Preprocessing.openAi(224, BICUBIC),
                CTX,
                true,
                Optional.of(openClipName),
                "openai");
    }
}
