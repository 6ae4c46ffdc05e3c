package dev.fovea.search.model;

import java.util.Optional;

/**
 * One released model: its embedding space and how to feed it.
 *
 * @param id stable identifier used on the command line and in manifests, e.g. {@code mobileclip-s2}
 * @param openClipName open_clip's model name, empty where open_clip lacks the model (MobileCLIP-S0)
 * @param openClipPretrained open_clip's pretrained tag whose preprocessing this variant uses
 * @param causalText whether the text tower uses a causal attention mask (the ViT-B based ones)
 */
public record ModelVariant(
        String id,
        String displayName,
        ModelFamily family,
        int embeddingDimensions,
        Preprocessing preprocessing,
        int contextLength,
        boolean causalText,
        Optional<String> openClipName,
        String openClipPretrained) {

    public static final int CLIP_CONTEXT_LENGTH = 77;
}
