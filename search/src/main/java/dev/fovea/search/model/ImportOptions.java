package dev.fovea.search.model;

import java.util.Optional;

/**
 * How to import a Hugging Face ONNX export: which variant it is (when its folder name does not say) and which
 * sibling ONNX files to take. Ignored for directories that already have a {@code fovea-model.json}.
 */
public record ImportOptions(Optional<String> variant, TowerPrecision imagePrecision, TowerPrecision textPrecision) {
    public static final ImportOptions DEFAULT =
            new ImportOptions(Optional.empty(), TowerPrecision.FP32, TowerPrecision.FP32);

    public static ImportOptions of(String variant) {
        return new ImportOptions(Optional.of(variant), TowerPrecision.FP32, TowerPrecision.FP32);
    }

    public ImportOptions withVariant(String variantId) {
        return new ImportOptions(Optional.of(variantId), imagePrecision, textPrecision);
    }
}
