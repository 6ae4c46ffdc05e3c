package dev.fovea.indexer.pipeline;

import dev.fovea.search.FoveaException;
import dev.fovea.search.index.UnitVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The encoder thread: gathers prepared photos into batches (what is ready, topped up for a few
 * milliseconds), runs the model once per batch and passes the embeddings on. A model failure is not a
 * property of one photo, so it fails the run.
 */
final class EncoderStage implements Runnable {
    private static final long TOP_UP_MILLIS = 15;

    private final BlockingQueue<ToEncode> prepared;
    private final BlockingQueue<ToWrite> results;
    private final PhotoEncoder encoder;
    private final int batchSize;
    private final RunState state;
    private final TensorPool tensorPool;

    EncoderStage(
            BlockingQueue<ToEncode> prepared,
            BlockingQueue<ToWrite> results,
            PhotoEncoder encoder,
            int batchSize,
            RunState state,
            TensorPool tensorPool) {
        this.prepared = prepared;
        this.results = results;
        this.encoder = encoder;
        this.batchSize = batchSize;
        this.state = state;
        this.tensorPool = tensorPool;
    }

    @Override
    public void run() {
        float[] tensors = new float[batchSize * encoder.tensorLength()];
        List<PreparedPhoto> batch = new ArrayList<>(batchSize);
        boolean ending = false;
        try {
            while (!ending) {
                if (!(prepared.take() instanceof PreparedPhoto first)) {
                    break;
                }
                batch.add(first);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TOP_UP_MILLIS);
                while (batch.size() < batchSize) {
                    long wait = deadline - System.nanoTime();
                    ToEncode next = wait > 0 ? prepared.poll(wait, TimeUnit.NANOSECONDS) : prepared.poll();
                    if (next == null) {
                        break;
                    }
                    if (!(next instanceof PreparedPhoto photo)) {
                        ending = true;
                        break;
                    }
                    batch.add(photo);
                }
                state.pause.awaitOpen(state::cancelled);
                if (!state.cancelled()) {
                    encode(batch, tensors);
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            state.fail(new IllegalStateException("The encoder thread was interrupted", e));
        } catch (RuntimeException e) {
            state.fail(e);
        }
    }

    private void encode(List<PreparedPhoto> batch, float[] tensors) throws InterruptedException {
        int length = encoder.tensorLength();
        for (int i = 0; i < batch.size(); i++) {
            System.arraycopy(batch.get(i).tensor(), 0, tensors, i * length, length);
            tensorPool.giveBack(batch.get(i).tensor());
        }
        float[][] vectors = encoder.encode(tensors, batch.size());
        if (vectors.length != batch.size()) {
            throw new IllegalStateException(
                    "The encoder returned " + vectors.length + " embeddings for " + batch.size() + " images");
        }
        for (int i = 0; i < batch.size(); i++) {
            // Checked before anything reaches the catalog: a stored broken vector would fail every later run.
            String defect = UnitVectors.defect(vectors[i]);
            if (defect != null) {
                throw new FoveaException("The model " + encoder.modelId() + " gave an embedding with " + defect
                        + " for " + batch.get(i).item().path() + "; the model output is broken. Nothing of it was"
                        + " stored: use another model ('fovea model list') or import the model again.");
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            PreparedPhoto photo = batch.get(i);
            Handoff.put(
                    results,
                    new PhotoOutcome.Embedded(
                            photo.item(),
                            photo.hash(),
                            photo.metadata(),
                            vectors[i],
                            photo.decodeWarning(),
                            photo.textGate()),
                    state);
        }
    }
}
