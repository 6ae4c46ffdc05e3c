package dev.fovea.search.index;

import dev.fovea.search.FoveaException;
import org.apache.lucene.util.VectorUtil;

/** Checks and L2-normalises embeddings: the index compares them by dot product, which needs unit length. */
public final class UnitVectors {
    private UnitVectors() {}

    /** A unit-length copy of {@code vector}; {@code what} names it in the message when it is unusable. */
    public static float[] normalized(float[] vector, int dimensions, String what) {
        if (vector == null) {
            throw new FoveaException(what + " has no embedding.");
        }
        if (vector.length != dimensions) {
            throw new FoveaException(
                    what + " has a " + vector.length + "-dimensional embedding, but this index holds " + dimensions
                            + " dimensions: it was embedded with another model. Re-index it with the current model.");
        }
        double squares = 0;
        for (float value : vector) {
            if (!Float.isFinite(value)) {
                throw new FoveaException(what + " has an embedding with a non-finite value (" + value
                        + "); the model output is broken.");
            }
            squares += (double) value * value;
        }
        if (squares == 0) {
            throw new FoveaException(what + " has an all-zero embedding; the model output is broken.");
        }
        float[] unit = vector.clone();
        VectorUtil.l2normalize(unit);
        return unit;
    }
}
