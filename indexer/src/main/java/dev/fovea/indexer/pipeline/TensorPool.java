package dev.fovea.indexer.pipeline;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Model inputs passed from the decode workers to the encoder and back once copied into a batch, so a run allocates as
 * many as are in flight (the queue to the encoder, a batch, one per worker) rather than one per photo. The encoder is
 * the slower stage, so its queue is full most of the time: fresh tensors there were live at every young collection,
 * copied to the survivor spaces and promoted, and G1 spent its CPU on them. A tensor that is never given back (a
 * cancelled or abandoned photo) is left to the collector.
 */
final class TensorPool {
    private final int length;
    private final Queue<float[]> idle = new ConcurrentLinkedQueue<>();

    TensorPool(int length) {
        this.length = length;
    }

    /** A tensor of the model's length, contents undefined: the preprocessing writes every element. */
    float[] take() {
        float[] tensor = idle.poll();
        return tensor != null ? tensor : new float[length];
    }

    /** Hands a tensor nothing reads any more to the next photo. */
    void giveBack(float[] tensor) {
        if (tensor.length == length) {
            idle.offer(tensor);
        }
    }
}
