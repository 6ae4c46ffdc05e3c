package dev.fovea.indexer.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One round of {@code bench index}: the three stages alone, then the whole pipeline, seconds apart in the same JVM,
 * so the share compares the two under the same load. {@code cpuShare} is the stages' process CPU per photo over the
 * pipeline's, which moves less than wall rates when other work takes cores away.
 *
 * @param stageBoundImagesPerS {@code 1 / (1/decode + 1/preprocess + 1/encode)}
 * @param peakRssMb the pipeline's peak resident memory (VmHWM, reset when the stages' heap was handed back)
 * @param jitCompileMs the JIT's compile time during the pipeline's run: near nothing once the run's code is compiled
 */
public record IndexRound(
        double decodeImagesPerS,
        double preprocessImagesPerS,
        double encodeImagesPerS,
        double stageBoundImagesPerS,
        double imagesPerS,
        double endToEndVsBound,
        double decodeCpuMsPerImage,
        double preprocessCpuMsPerImage,
        double encodeCpuMsPerImage,
        double cpuMsPerImage,
        double cpuShare,
        double peakRssMb,
        double jitCompileMs) {

    static IndexRound of(
            StageRate decode,
            StageRate preprocess,
            StageRate encode,
            StageRate endToEnd,
            double peak,
            double jitCompileMs) {
        double bound =
                1 / (1 / decode.imagesPerSecond() + 1 / preprocess.imagesPerSecond() + 1 / encode.imagesPerSecond());
        double stagesCpu = decode.cpuMillisPerImage() + preprocess.cpuMillisPerImage() + encode.cpuMillisPerImage();
        return new IndexRound(
                decode.imagesPerSecond(),
                preprocess.imagesPerSecond(),
                encode.imagesPerSecond(),
                bound,
                endToEnd.imagesPerSecond(),
                endToEnd.imagesPerSecond() / bound,
                decode.cpuMillisPerImage(),
                preprocess.cpuMillisPerImage(),
                encode.cpuMillisPerImage(),
                endToEnd.cpuMillisPerImage(),
                stagesCpu / endToEnd.cpuMillisPerImage(),
                peak,
                jitCompileMs);
    }

    /** The median of one figure over the rounds (the mean of the middle two for an even count). */
    static double median(List<IndexRound> rounds, ToDoubleFunction<IndexRound> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            throw new IllegalArgumentException("No rounds to take a median of");
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    static double max(List<IndexRound> rounds, ToDoubleFunction<IndexRound> figure) {
        return rounds.stream().mapToDouble(figure).max().orElseThrow();
    }
}
