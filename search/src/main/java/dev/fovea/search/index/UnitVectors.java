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
        String defect = defect(vector);
        if (defect != null) {
            throw new FoveaException(what + " has an embedding with " + defect + "; the model output is broken.");
        }
        float[] unit = vector.clone();
        VectorUtil.l2normalize(unit);
        return unit;
    }

    /** What makes the vector unusable (all zeros, a NaN or infinite value), or null when it can be normalised. */
    public static String defect(float[] vector) {
        double squares = 0;
        for (float value : vector) {
            if (!Float.isFinite(value)) {
                return "a non-finite value (" + value + ")";
            }
            squares += (double) value * value;
        }
        return squares == 0 ? "all values zero" : null;
    }
}
