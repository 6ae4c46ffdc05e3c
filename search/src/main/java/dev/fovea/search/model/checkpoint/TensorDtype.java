package dev.fovea.search.model.checkpoint;

/** The element types a checkpoint tensor may have; floating ones are converted to float32 when assembled. */
public enum TensorDtype {
    F32(4, true),
    F16(2, true),
    BF16(2, true),
    F64(8, true),
    I64(8, false),
    I32(4, false),
    BOOL(1, false);

    private final int bytes;
    private final boolean floating;

    TensorDtype(int bytes, boolean floating) {
        this.bytes = bytes;
        this.floating = floating;
    }

    public int bytes() {
        return bytes;
    }

    public boolean floating() {
        return floating;
    }
}
