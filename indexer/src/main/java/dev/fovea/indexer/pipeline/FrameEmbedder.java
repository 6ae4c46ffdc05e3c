package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.video.VideoFrame;
import dev.fovea.search.index.FrameVector;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds a video's sampled frames a batch at a time through one input buffer, so a long video needs no more model
 * input memory than one batch of photos. Thread-safe (the encoder's batched call is).
 */
public final class FrameEmbedder {
    private final PhotoEncoder encoder;
    private final int batchSize;

    public FrameEmbedder(PhotoEncoder encoder, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.encoder = encoder;
        this.batchSize = batchSize;
    }

    public List<FrameVector> embed(List<VideoFrame> frames) throws InterruptedException {
        int length = encoder.tensorLength();
        float[] batch = new float[Math.min(batchSize, frames.size()) * length];
        List<FrameVector> vectors = new ArrayList<>(frames.size());
        for (int from = 0; from < frames.size(); from += batchSize) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            int count = Math.min(batchSize, frames.size() - from);
            for (int i = 0; i < count; i++) {
                encoder.preprocess(frames.get(from + i).image(), batch, i * length);
            }
            float[][] embedded = encoder.encode(batch, count);
            for (int i = 0; i < count; i++) {
                vectors.add(new FrameVector(frames.get(from + i).seconds(), embedded[i]));
            }
        }
        return vectors;
    }
}
