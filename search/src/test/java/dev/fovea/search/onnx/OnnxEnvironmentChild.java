package dev.fovea.search.onnx;

/** A process that opens ONNX Runtime and exits: what every fovea command does. */
public final class OnnxEnvironmentChild {
    private OnnxEnvironmentChild() {}

    public static void main(String[] args) {
        System.out.println(OnnxTelemetry.environment().getVersion());
    }
}
