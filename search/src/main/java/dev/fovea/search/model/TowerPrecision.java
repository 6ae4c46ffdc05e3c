package dev.fovea.search.model;

import java.util.Locale;

/**
 * Which of the sibling ONNX files of a Hugging Face export to take for a tower: {@code vision_model.onnx} is
 * float32, {@code vision_model_fp16.onnx} float16, and so on. Quantized image towers of the convolutional
 * MobileCLIPs are much slower on CPUs and lose accuracy; quantized text towers are smaller and faster.
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
