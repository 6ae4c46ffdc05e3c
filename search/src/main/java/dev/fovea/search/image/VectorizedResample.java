package dev.fovea.search.image;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PillowResize}'s two passes with the Vector API, in Pillow's own fixed-point integer arithmetic: the same
 * 32-bit products and wrapping sums in another order, which integer addition does not notice, so the bytes are
 * Pillow's exactly ({@code PillowParityTest}, {@code VectorizedResampleTest}). Only loaded when the incubator
 * module is present ({@link PillowResize#VECTORIZED}); the lane count is the platform's preferred one.
 *
 * <p>Horizontal RGB pass: one output sample is a short dot product over interleaved RGB bytes. Each vector holds
 * whole pixels ({@link #PIXELS_PER_VECTOR} of them, lane {@code i} is channel {@code i % 3}) multiplied by their
 * tap's weight repeated three times, so a single accumulator gathers all taps and three masked lane sums give red,
 * green and blue. Vertical pass: each tap's row is one weight times a run of bytes, a plain vector multiply-add
 * along the row.
 */
final class VectorizedResample {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Byte> BYTES =
            VectorSpecies.of(byte.class, VectorShape.forBitSize(INTS.length() * Byte.SIZE));
    static final int LANES = INTS.length();
    static final int PIXELS_PER_VECTOR = LANES / 3;
    private static final VectorMask<Integer> RED = channelMask(0);
    private static final VectorMask<Integer> GREEN = channelMask(1);
    private static final VectorMask<Integer> BLUE = channelMask(2);

    private VectorizedResample() {}

    private static VectorMask<Integer> channelMask(int channel) {
        boolean[] lanes = new boolean[LANES];
        for (int lane = channel; lane < 3 * PIXELS_PER_VECTOR; lane += 3) {
            lanes[lane] = true;
        }
        return VectorMask.fromArray(INTS, lanes, 0);
    }

    /** Whether the vector code can help on this platform: at least one whole RGB pixel per vector. */
    static boolean usable() {
        return PIXELS_PER_VECTOR >= 1 && INTS.vectorBitSize() >= 128;
    }

    /**
     * A window's horizontal weights laid out for {@link #rgbColumns}: per output, its taps in groups of
     * {@link #PIXELS_PER_VECTOR}, each tap's weight three times, unused lanes zero.
     */
    record RgbTaps(int[] packed, int[] firstVector, int[] vectors) {
        static RgbTaps of(ResampleWeights weights, int firstOutput, int count) {
            int[] firstVector = new int[count];
            int[] vectors = new int[count];
            int total = 0;
            for (int i = 0; i < count; i++) {
                firstVector[i] = total;
                vectors[i] = Math.ceilDiv(weights.length(firstOutput + i), PIXELS_PER_VECTOR);
                total += vectors[i];
            }
            int[] packed = new int[total * LANES];
            int[] k = weights.weights();
            for (int i = 0; i < count; i++) {
                int offset = weights.offset(firstOutput + i);
                for (int tap = 0; tap < weights.length(firstOutput + i); tap++) {
                    int lane = (firstVector[i] + tap / PIXELS_PER_VECTOR) * LANES + (tap % PIXELS_PER_VECTOR) * 3;
                    packed[lane] = k[offset + tap];
                    packed[lane + 1] = k[offset + tap];
                    packed[lane + 2] = k[offset + tap];
                }
            }
            return new RgbTaps(packed, firstVector, vectors);
        }
    }

    /**
     * One row of the horizontal RGB pass: outputs {@code firstOutput .. firstOutput + count - 1} of the row whose
     * first pixel is at {@code rowStart} (a pixel index into {@code source}) into {@code target} from {@code out}.
     * The caller makes sure a whole vector of bytes can be read from every output's last group of taps: up to
     * {@link #LANES} bytes past the row's last tap.
     */
    static void rgbColumns(
            byte[] source,
            int rowStart,
            ResampleWeights weights,
            RgbTaps taps,
            int firstOutput,
            int count,
            byte[] target,
            int out) {
        int[] packed = taps.packed();
        for (int i = 0; i < count; i++) {
            int sample = (rowStart + weights.start(firstOutput + i)) * 3;
            int lane = taps.firstVector()[i] * LANES;
            IntVector sum = IntVector.zero(INTS);
            for (int vector = 0; vector < taps.vectors()[i]; vector++) {
                IntVector pixels = (IntVector) ByteVector.fromArray(BYTES, source, sample)
                        .convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0);
                sum = sum.add(pixels.mul(IntVector.fromArray(INTS, packed, lane)));
                sample += 3 * PIXELS_PER_VECTOR;
                lane += LANES;
            }
            target[out++] =
                    (byte) ResampleWeights.clip8(ResampleWeights.ROUNDING + sum.reduceLanes(VectorOperators.ADD, RED));
            target[out++] = (byte)
                    ResampleWeights.clip8(ResampleWeights.ROUNDING + sum.reduceLanes(VectorOperators.ADD, GREEN));
            target[out++] =
                    (byte) ResampleWeights.clip8(ResampleWeights.ROUNDING + sum.reduceLanes(VectorOperators.ADD, BLUE));
        }
    }

    /**
     * One output row of the vertical pass: {@code rowLength} samples from {@code sample}, then every
     * {@code sourceStride} bytes one tap further, into {@code target} from {@code out}. Returns how many leading
     * samples it wrote (whole vectors); the caller finishes the rest.
     */
    static int rows(
            byte[] source,
            int sample,
            int sourceStride,
            int rowLength,
            int[] k,
            int offset,
            int length,
            byte[] target,
            int out) {
        int done = 0;
        for (; done + LANES <= rowLength; done += LANES) {
            IntVector sum = IntVector.broadcast(INTS, ResampleWeights.ROUNDING);
            int at = sample + done;
            for (int tap = 0; tap < length; tap++, at += sourceStride) {
                IntVector pixels = (IntVector)
                        ByteVector.fromArray(BYTES, source, at).convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0);
                sum = sum.add(pixels.mul(k[offset + tap]));
            }
            sum.lanewise(VectorOperators.ASHR, ResampleWeights.PRECISION_BITS)
                    .max(0)
                    .min(255)
                    .convertShape(VectorOperators.I2B, BYTES, 0)
                    .reinterpretAsBytes()
                    .intoArray(target, out + done);
        }
        return done;
    }
}
