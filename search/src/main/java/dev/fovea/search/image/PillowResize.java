package dev.fovea.search.image;

/**
 * Pillow's {@code Image.resize} on interleaved 8-bit samples, computed only for the center-crop window that the
 * reference keeps: antialiased two-pass resampling (horizontal, then vertical, rounding to uint8 in between)
 * or, for palette pictures, Pillow's nearest-neighbour affine scale. Each output sample depends only on its own
 * weights, so leaving out the pixels the crop drops changes nothing in the ones it keeps.
 */
final class PillowResize {
    /**
     * Whether the passes run on the Vector API: the incubator module is there (Fovea's launchers add it; a JVM
     * without it takes the scalar loops, which give the same bytes) and vectors hold at least one RGB pixel.
     */
    static final boolean VECTORIZED =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() && VectorizedResample.usable();

    private PillowResize() {}

    /** The {@code size x size} window of the resized picture, same channel count as the source. */
    static byte[] antialiased(byte[] source, int channels, ResizeGeometry geometry, ResampleFilter filter) {
        return antialiased(source, channels, geometry, filter, VECTORIZED);
    }

    /** {@link #antialiased} with the vector code or the scalar loops (which give the same bytes). */
    static byte[] antialiased(
            byte[] source, int channels, ResizeGeometry geometry, ResampleFilter filter, boolean vectorized) {
        int width = geometry.sourceWidth();
        int height = geometry.sourceHeight();
        int size = geometry.size();
        boolean horizontal = geometry.resizedWidth() != width;
        boolean vertical = geometry.resizedHeight() != height;
        ResampleWeights columns = horizontal
                ? ResampleWeights.of(width, geometry.resizedWidth(), filter, geometry.cropLeft(), size)
                : null;
        ResampleWeights rows = vertical
                ? ResampleWeights.of(height, geometry.resizedHeight(), filter, geometry.cropTop(), size)
                : null;
        // Image.resize: pictures more than 100 times taller than wide that shrink in height are resized
        // vertically first.
        if (height > (long) width * 100 && geometry.resizedHeight() < height) {
            int firstColumn = horizontal ? columns.start(geometry.cropLeft()) : geometry.cropLeft();
            int lastColumn = horizontal ? lastSource(columns, geometry.cropLeft(), size) : geometry.cropLeft() + size;
            byte[] band = resampleRows(
                    source,
                    width,
                    channels,
                    0,
                    rows,
                    geometry.cropTop(),
                    size,
                    firstColumn,
                    lastColumn - firstColumn,
                    vectorized);
            int bandWidth = lastColumn - firstColumn;
            return horizontal
                    ? resampleColumns(
                            band,
                            bandWidth,
                            channels,
                            0,
                            size,
                            columns,
                            geometry.cropLeft(),
                            size,
                            firstColumn,
                            vectorized)
                    : band;
        }
        int firstRow = vertical ? rows.start(geometry.cropTop()) : geometry.cropTop();
        int lastRow = vertical ? lastSource(rows, geometry.cropTop(), size) : geometry.cropTop() + size;
        byte[] band = horizontal
                ? resampleColumns(
                        source, width, channels, firstRow, lastRow, columns, geometry.cropLeft(), size, 0, vectorized)
                : copyColumns(source, width, channels, firstRow, lastRow, geometry.cropLeft(), size);
        return vertical
                ? resampleRows(band, size, channels, firstRow, rows, geometry.cropTop(), size, 0, size, vectorized)
                : band;
    }

    /**
     * Pillow's nearest-neighbour resize ({@code ImagingScaleAffine}): source positions are accumulated in doubles
     * from half a step, exactly as Pillow steps through them.
     */
    static byte[] nearest(byte[] source, int channels, ResizeGeometry geometry) {
        int width = geometry.sourceWidth();
        int size = geometry.size();
        int[] columns = nearestPositions(width, geometry.resizedWidth(), geometry.cropLeft(), size);
        int[] rows = nearestPositions(geometry.sourceHeight(), geometry.resizedHeight(), geometry.cropTop(), size);
        byte[] target = new byte[size * size * channels];
        for (int y = 0; y < size; y++) {
            if (rows[y] < 0) {
                continue;
            }
            int rowBase = rows[y] * width;
            for (int x = 0; x < size; x++) {
                if (columns[x] >= 0) {
                    System.arraycopy(
                            source, (rowBase + columns[x]) * channels, target, (y * size + x) * channels, channels);
                }
            }
        }
        return target;
    }

    private static int[] nearestPositions(int inSize, int outSize, int first, int count) {
        double step = (double) ((float) inSize) / outSize;
        double position = step * 0.5;
        int[] positions = new int[count];
        for (int out = 0; out < first + count; out++) {
            if (out >= first) {
                int in = position < 0.0 ? -1 : (int) position;
                positions[out - first] = in < inSize ? in : -1;
            }
            position += step;
        }
        return positions;
    }

    private static int lastSource(ResampleWeights weights, int first, int count) {
        int last = 0;
        for (int out = first; out < first + count; out++) {
            last = Math.max(last, weights.start(out) + weights.length(out));
        }
        return last;
    }

    /**
     * Horizontal pass over source rows {@code [firstRow, lastRow)}; output has {@code count} columns.
     * {@code columnOffset} is the source column that index 0 of {@code source}'s rows stands for.
     */
    private static byte[] resampleColumns(
            byte[] source,
            int sourceWidth,
            int channels,
            int firstRow,
            int lastRow,
            ResampleWeights weights,
            int firstOutput,
            int count,
            int columnOffset,
            boolean vectorized) {
        if (channels == 3) {
            return resampleRgbColumns(
                    source, sourceWidth, firstRow, lastRow, weights, firstOutput, count, columnOffset, vectorized);
        }
        int[] k = weights.weights();
        byte[] target = new byte[(lastRow - firstRow) * count * channels];
        int[] accumulator = new int[channels];
        int out = 0;
        for (int row = firstRow; row < lastRow; row++) {
            int rowBase = row * sourceWidth;
            for (int column = firstOutput; column < firstOutput + count; column++) {
                int start = weights.start(column) - columnOffset;
                int length = weights.length(column);
                int offset = weights.offset(column);
                java.util.Arrays.fill(accumulator, ResampleWeights.ROUNDING);
                for (int tap = 0; tap < length; tap++) {
                    int weight = k[offset + tap];
                    int sample = (rowBase + start + tap) * channels;
                    for (int channel = 0; channel < channels; channel++) {
                        accumulator[channel] += (source[sample + channel] & 0xff) * weight;
                    }
                }
                for (int channel = 0; channel < channels; channel++) {
                    target[out++] = (byte) ResampleWeights.clip8(accumulator[channel]);
                }
            }
        }
        return target;
    }

    /**
     * {@link #resampleColumns} for RGB, the common case, with the three sums in locals: on a full-size photo this
     * pass reads every pixel and was most of the exact path's Java time with the sums in an array.
     */
    private static byte[] resampleRgbColumns(
            byte[] source,
            int sourceWidth,
            int firstRow,
            int lastRow,
            ResampleWeights weights,
            int firstOutput,
            int count,
            int columnOffset,
            boolean vectorized) {
        int[] k = weights.weights();
        byte[] target = new byte[(lastRow - firstRow) * count * 3];
        VectorizedResample.RgbTaps taps =
                vectorized ? VectorizedResample.RgbTaps.of(weights, firstOutput, count) : null;
        int out = 0;
        for (int row = firstRow; row < lastRow; row++) {
            int rowBase = row * sourceWidth;
            // A vector reads whole groups of taps, up to a vector's bytes past a row's last tap: not past the array.
            if (taps != null && ((long) rowBase + sourceWidth) * 3 + VectorizedResample.LANES <= source.length) {
                VectorizedResample.rgbColumns(
                        source, rowBase - columnOffset, weights, taps, firstOutput, count, target, out);
                out += count * 3;
                continue;
            }
            for (int column = firstOutput; column < firstOutput + count; column++) {
                int sample = (rowBase + weights.start(column) - columnOffset) * 3;
                int length = weights.length(column);
                int offset = weights.offset(column);
                int red = ResampleWeights.ROUNDING;
                int green = ResampleWeights.ROUNDING;
                int blue = ResampleWeights.ROUNDING;
                for (int tap = 0; tap < length; tap++, sample += 3) {
                    int weight = k[offset + tap];
                    red += (source[sample] & 0xff) * weight;
                    green += (source[sample + 1] & 0xff) * weight;
                    blue += (source[sample + 2] & 0xff) * weight;
                }
                target[out++] = (byte) ResampleWeights.clip8(red);
                target[out++] = (byte) ResampleWeights.clip8(green);
                target[out++] = (byte) ResampleWeights.clip8(blue);
            }
        }
        return target;
    }

    /**
     * Vertical pass; {@code source} holds rows from {@code rowOffset} on, {@code sourceWidth} pixels wide, of which
     * columns {@code [firstColumn, firstColumn + columns)} are kept.
     */
    private static byte[] resampleRows(
            byte[] source,
            int sourceWidth,
            int channels,
            int rowOffset,
            ResampleWeights weights,
            int firstOutput,
            int count,
            int firstColumn,
            int columns,
            boolean vectorized) {
        int[] k = weights.weights();
        int rowLength = columns * channels;
        byte[] target = new byte[count * rowLength];
        int[] accumulator = new int[rowLength];
        for (int row = firstOutput; row < firstOutput + count; row++) {
            int start = weights.start(row) - rowOffset;
            int length = weights.length(row);
            int offset = weights.offset(row);
            int out = (row - firstOutput) * rowLength;
            int first = (start * sourceWidth + firstColumn) * channels;
            int done = vectorized
                    ? VectorizedResample.rows(
                            source, first, sourceWidth * channels, rowLength, k, offset, length, target, out)
                    : 0;
            java.util.Arrays.fill(accumulator, done, rowLength, ResampleWeights.ROUNDING);
            for (int tap = 0; tap < length; tap++) {
                int weight = k[offset + tap];
                int sample = first + tap * sourceWidth * channels;
                for (int i = done; i < rowLength; i++) {
                    accumulator[i] += (source[sample + i] & 0xff) * weight;
                }
            }
            for (int i = done; i < rowLength; i++) {
                target[out + i] = (byte) ResampleWeights.clip8(accumulator[i]);
            }
        }
        return target;
    }

    private static byte[] copyColumns(
            byte[] source, int sourceWidth, int channels, int firstRow, int lastRow, int firstColumn, int count) {
        byte[] target = new byte[(lastRow - firstRow) * count * channels];
        for (int row = firstRow; row < lastRow; row++) {
            System.arraycopy(
                    source,
                    (row * sourceWidth + firstColumn) * channels,
                    target,
                    (row - firstRow) * count * channels,
                    count * channels);
        }
        return target;
    }
}
