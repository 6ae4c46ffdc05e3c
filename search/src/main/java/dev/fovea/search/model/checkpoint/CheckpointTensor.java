package dev.fovea.search.model.checkpoint;

import java.util.Arrays;

/** A tensor's name, element type and shape as its checkpoint declares them. */
public record CheckpointTensor(String name, TensorDtype dtype, long[] shape) {
    public long elements() {
        long count = 1;
        for (long dimension : shape) {
            count = Math.multiplyExact(count, dimension);
        }
        return count;
    }

    public long byteLength() {
        return Math.multiplyExact(elements(), dtype.bytes());
    }

    public String describe() {
        return name + " (" + dtype.name().toLowerCase(java.util.Locale.ROOT) + " " + Arrays.toString(shape) + ")";
    }
}
