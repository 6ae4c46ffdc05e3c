package dev.fovea.search.encoder;

/**
 * How the ONNX Runtime sessions run.
 *
 * @param intraOpThreads threads one inference may use; the default is one per core, which is what a batch of
 *     images wants. Callers that run several inferences at once should divide the cores between them.
 */
public record EncoderOptions(int intraOpThreads) {
    public EncoderOptions {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be at least 1: " + intraOpThreads);
        }
    }

    public static EncoderOptions defaults() {
        return new EncoderOptions(Runtime.getRuntime().availableProcessors());
    }

    public static EncoderOptions threads(int intraOpThreads) {
        return new EncoderOptions(intraOpThreads);
    }
}
