package dev.fovea.search.model.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Streams a checkpoint tensor into a file as little-endian float32, converting float16, bfloat16 and float64 on
 * the way, through one small buffer: memory does not grow with the tensor.
 */
public final class Float32Writer {
    private static final int CHUNK_ELEMENTS = 1 << 18;

    private final byte[] input = new byte[CHUNK_ELEMENTS * 8];
    private final ByteBuffer output =
            ByteBuffer.allocateDirect(CHUNK_ELEMENTS * 4).order(ByteOrder.LITTLE_ENDIAN);

    /** Writes the tensor at {@code position}; returns the bytes written (4 per element). */
    public long write(Checkpoint checkpoint, CheckpointTensor tensor, FileChannel out, long position)
            throws IOException {
        TensorDtype dtype = tensor.dtype();
        if (!dtype.floating()) {
            throw new IllegalArgumentException(tensor.describe() + " is not a floating-point tensor");
        }
        int size = dtype.bytes();
        long remaining = tensor.elements();
        long at = position;
        try (InputStream in = checkpoint.open(tensor.name())) {
            while (remaining > 0) {
                int elements = (int) Math.min(CHUNK_ELEMENTS, remaining);
                int wanted = elements * size;
                if (in.readNBytes(input, 0, wanted) < wanted) {
                    throw new IOException(checkpoint.file() + " ends inside tensor " + tensor.name()
                            + "; the checkpoint is truncated");
                }
                ByteBuffer source = ByteBuffer.wrap(input, 0, wanted).order(ByteOrder.LITTLE_ENDIAN);
                output.clear();
                for (int i = 0; i < elements; i++) {
                    output.putFloat(
                            switch (dtype) {
                                case F32 -> source.getFloat();
                                case F16 -> Float.float16ToFloat(source.getShort());
                                case BF16 -> Float.intBitsToFloat((source.getShort() & 0xffff) << 16);
                                case F64 -> (float) source.getDouble();
                                default -> throw new IllegalStateException(dtype.name());
                            });
                }
                output.flip();
                while (output.hasRemaining()) {
                    at += out.write(output, at);
                }
                remaining -= elements;
            }
        }
        return at - position;
    }
}
