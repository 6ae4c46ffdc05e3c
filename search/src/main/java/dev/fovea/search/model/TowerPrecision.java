package dev.fovea.search.model;

import java.util.Locale;

/**
 * Which of the sibling ONNX files of a Hugging Face export to take for a tower: {@code vision_model.onnx} is
 * float32, {@code vision_model_fp16.onnx} float16, and so on. Measured with ONNX Runtime 1.29 on a 2-core x86
 * CPU ({@code fovea bench encode}, CPU time per item, random weights): a dynamically int8-quantized text
 * tower costs 2.1-2.4x less than float32 (cosine 0.999 to its float32 vectors); a float16 one ~30x more
 * (no float16 kernels on CPU); an int8 MCi0 image tower 6x more. Hence float32 by default.
 */
public enum TowerPrecision {
    FP32(""),
    FP16("_fp16"),
    INT8("_int8"),
    UINT8("_uint8"),
    QUANTIZED("_quantized"),
    Q4("_q4");

    private final String suffix;

    TowerPrecision(String suffix) {
        this.suffix = suffix;
    }

    /** The file of a tower, e.g. {@code onnx/text_model_quantized.onnx} for {@code text_model}. */
    public String file(String tower) {
        return "onnx/" + tower + suffix + ".onnx";
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
