package dev.fovea.indexer.pipeline;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Puts into a bounded queue without hanging forever when the stage that drains it has died. */
final class Handoff {
    private Handoff() {}

    /** @return false when the run failed before the item could be handed over */
    static <T> boolean put(BlockingQueue<T> queue, T item, RunState state) throws InterruptedException {
        while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
            if (state.failure() != null) {
                return false;
            }
        }
        return true;
    }
}
