package dev.fovea.search.model;

import java.util.Map;
import java.util.Optional;

/**
 * What the authors published about each variant, for choosing one: ImageNet zero-shot accuracy (Apple's
 * MobileCLIP/MobileCLIP2 tables; OpenAI's models from open_clip's results table), and an estimate of the
 * image tower's CPU time per photo on a 2-core x86 machine with ONNX Runtime (measured there for MobileCLIP-S0,
 * S2 and B at batch 8; the others scaled from those by the published iPhone latencies).
 */
public final class PublishedFacts {
    /**
     * @param imageNetZeroShot top-1 percent
     * @param estimatedImageMillis per photo, batch 8, 2 cores
     */
    public record Facts(double imageNetZeroShot, int estimatedImageMillis) {}

    private static final Map<String, Facts> FACTS = Map.ofEntries(
            Map.entry("mobileclip-s0", new Facts(67.8, 19)),
            Map.entry("mobileclip-s1", new Facts(72.6, 44)),
            Map.entry("mobileclip-s2", new Facts(74.4, 64)),
            Map.entry("mobileclip-b", new Facts(76.8, 172)),
            Map.entry("mobileclip-blt", new Facts(77.2, 172)),
            Map.entry("mobileclip2-s0", new Facts(71.5, 19)),
            Map.entry("mobileclip2-s2", new Facts(77.2, 64)),
            Map.entry("mobileclip2-s3", new Facts(80.7, 142)),
            Map.entry("mobileclip2-s4", new Facts(81.9, 348)),
            Map.entry("mobileclip2-b", new Facts(79.4, 172)),
            Map.entry("mobileclip2-l14", new Facts(81.9, 1030)),
            Map.entry("openai-vit-b32", new Facts(63.3, 45)),
            Map.entry("openai-vit-b16", new Facts(68.3, 172)));

    private PublishedFacts() {}

    public static Optional<Facts> of(String variantId) {
        return Optional.ofNullable(FACTS.get(variantId));
    }
}
