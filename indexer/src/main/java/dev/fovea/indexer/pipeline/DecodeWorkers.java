package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.indexer.thread.IndexerThreads;
import dev.fovea.search.thread.LowPriority;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decode workers and their watchdog. A file that takes longer than the per-file limit (a decoder stuck
 * in native code cannot be stopped) is settled as skipped with reason "timeout", its thread is interrupted
 * and left behind, and a fresh worker takes its place so the run goes on. The limit counts {@link RunningTime},
 * so a process that was stopped and resumed does not blame the files it was working on.
 */
final class DecodeWorkers {
    private static final Logger LOG = LoggerFactory.getLogger(DecodeWorkers.class);

    /**
     * How far below the run's other threads the workers run (Linux nice levels, about a third of the CPU share when
     * both want a core). The encoder is the slower stage: when its threads wake (ONNX Runtime's two threads meet at
     * every operator) and find the cores taken by decoding, they wait, and each batch costs more. Yielding the cores
     * to the encoder while its queue has work, the workers fill the rest: on 2 cores the run came closer to the stage
     * bound (docs/indexing.md, eleventh session).
     */
    private static final int BELOW_ENCODER = 5;

    private final BlockingQueue<ToDecode> work;
    private final PhotoWorker worker;
    private final PhotoWorker.Stages stages;
    private final RunState state;
    private final Duration timeout;
    private final int priority;
    private final RunningTime runningTime = new RunningTime();
    private final List<Slot> slots = new CopyOnWriteArrayList<>();
    private final AtomicInteger names = new AtomicInteger();
    private int live;

    private static final class Slot {
        volatile Job current;
        volatile boolean abandoned;
        Thread thread;
    }

    DecodeWorkers(
            BlockingQueue<ToDecode> work,
            PhotoWorker worker,
            PhotoWorker.Stages stages,
            RunState state,
            Duration timeout,
            int priority) {
        this.work = work;
        this.worker = worker;
        this.stages = stages;
        this.state = state;
        this.timeout = timeout;
        this.priority = priority;
    }

    void start(int count) {
        for (int i = 0; i < count; i++) {
            startWorker();
        }
    }

    /** Blocks until every live worker has taken its END and finished. */
    synchronized void awaitFinished() throws InterruptedException {
        while (live > 0) {
            wait(500);
        }
    }

    /** Wakes every worker when the run failed and the END markers could not be queued. */
    void interruptAll() {
        slots.forEach(slot -> slot.thread.interrupt());
    }

    /** Called by the watchdog a few times a second. */
    // slots is copy-on-write: replacing a worker while looking at the others is safe.
    @SuppressWarnings("ModifyCollectionInEnhancedForLoop")
    void checkTimeouts() {
        long now = runningTime.tick();
        for (Slot slot : slots) {
            Job job = slot.current;
            if (job != null && !slot.abandoned && now - job.startedRunning > timeout.toNanos() && job.settle()) {
                slot.abandoned = true;
                LOG.warn("Gave up on {} after {} ms; it is skipped as 'timeout'", job.item.path(), timeout.toMillis());
                try {
                    // Queued before the replacement starts, so it reaches the writer before the run can end.
                    stages.toWriter(
                            null,
                            new PhotoOutcome.Skipped(
                                    job.item,
                                    job.hash,
                                    PhotoMetadata.EMPTY,
                                    SkipReasons.TIMEOUT,
                                    String.format(
                                            java.util.Locale.ROOT,
                                            "Processing took longer than the per-file limit of %.1f s.",
                                            timeout.toMillis() / 1000.0)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (this) {
                    startWorker();
                    live--;
                }
                slots.remove(slot);
                slot.thread.interrupt();
            }
        }
    }

    private synchronized void startWorker() {
        Slot slot = new Slot();
        slots.add(slot);
        live++;
        slot.thread = IndexerThreads.start("fovea-decode-" + names.incrementAndGet(), priority, () -> run(slot));
    }

    private void run(Slot slot) {
        LowPriority.lowerCurrentThreadBy(BELOW_ENCODER);
        try {
            while (true) {
                if (!(work.take() instanceof WorkItem item)) {
                    break;
                }
                state.pause.awaitOpen(state::cancelled);
                if (state.cancelled()) {
                    continue;
                }
                Job job = new Job(item, runningTime.nanos());
                slot.current = job;
                try {
                    worker.process(job);
                } catch (InterruptedException e) {
                    if (!slot.abandoned) {
                        throw e;
                    }
                } catch (RuntimeException | Error e) {
                    if (!slot.abandoned) {
                        state.fail(e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e));
                    }
                }
                slot.current = null;
                if (slot.abandoned) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            if (slot.abandoned) {
                return;
            }
            state.fail(new IllegalStateException("A decode worker was interrupted", e));
        }
        synchronized (this) {
            slots.remove(slot);
            live--;
            notifyAll();
        }
    }
}
