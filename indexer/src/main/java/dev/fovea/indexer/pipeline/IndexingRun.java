package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.EmbeddingTable;
import dev.fovea.indexer.catalog.KnownPhoto;
import dev.fovea.indexer.index.ModelIndex;
import dev.fovea.indexer.text.TextReading;
import dev.fovea.indexer.thread.IndexerThreads;
import dev.fovea.indexer.thumbnail.ThumbnailStore;
import dev.fovea.indexer.video.SamplingPolicy;
import dev.fovea.indexer.video.VideoSampler;
import dev.fovea.search.FoveaException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One indexing run in the background: a scan thread feeds decode workers through a bounded queue, the
 * workers feed the encoder thread in batches, the encoder feeds the result writer. Every queue is bounded,
 * so memory stays bounded whatever the library: at most a queue of prepared model inputs and one decoded
 * picture per worker are alive. The handle pauses, resumes and cancels it and reports its progress.
 */
public final class IndexingRun {
    private static final Logger LOG = LoggerFactory.getLogger(IndexingRun.class);
    private static final int WORK_QUEUE = 256;
    private static final int RESULT_QUEUE = 512;
    private static final long PROGRESS_MILLIS = 250;

    /** Everything a run works with; the library facade assembles it. */
    public record Setup(
            Catalog catalog,
            List<ModelIndex> indexes,
            ThumbnailStore thumbnails,
            PhotoEncoder encoder,
            PhotoDecoding decoder,
            IndexingOptions options,
            List<Scope> scopes,
            boolean fullRun,
            TextReading text,
            java.util.function.Consumer<IndexingSummary> whenDone) {}

    private final Setup setup;
    private final RunState state;
    private final List<ProgressListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final long startedNanos = System.nanoTime();
    private volatile IndexingSummary summary;
    private ScheduledExecutorService watchdog;
    private TextStage textStage;
    private ThumbnailTextGate thumbnailTextGate;
    private volatile String textProblem;

    private IndexingRun(Setup setup, ProgressListener listener) {
        this.setup = setup;
        boolean exact = setup.options().exact();
        this.state = new RunState(
                setup.catalog()
                        .read(connection -> EmbeddingTable.hashesFor(
                                connection, setup.encoder().modelId(), exact)),
                exact);
        if (listener != null) {
            listeners.add(listener);
        }
    }

    public static IndexingRun start(Setup setup, ProgressListener listener) {
        IndexingRun run = new IndexingRun(setup, listener);
        run.launch();
        return run;
    }

    /** A folder a run scans: a whole root, or a folder below it that a watcher saw change. */
    public record Scope(dev.fovea.indexer.scan.LibraryRoot root, java.nio.file.Path start) {}

    public void addListener(ProgressListener listener) {
        listeners.add(listener);
    }

    public void pause() {
        state.pause.pause();
        publish();
    }

    public void resume() {
        state.pause.resume();
        publish();
    }

    public boolean isPaused() {
        return state.pause.isPaused();
    }

    /** Stops soon: files in flight are finished or dropped, nothing half-written stays; the rest waits for the next run. */
    public void cancel() {
        state.cancel();
    }

    public IndexingProgress progress() {
        return state.progress.snapshot(state.pause.isPaused());
    }

    /** Waits for the end of the run. @throws FoveaException when it failed */
    public IndexingSummary await() throws InterruptedException {
        finished.await();
        return result();
    }

    /** @return the summary, or null when the run is still going after the timeout */
    public IndexingSummary await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? result() : null;
    }

    public boolean isDone() {
        return finished.getCount() == 0;
    }

    private IndexingSummary result() {
        RuntimeException failure = state.failure();
        if (failure instanceof FoveaException fovea) {
            throw fovea;
        }
        if (failure != null) {
            throw new IllegalStateException("Indexing failed: " + failure, failure);
        }
        return summary;
    }

    private void launch() {
        IndexingOptions options = setup.options();
        int priority = options.threadPriority();
        BlockingQueue<ToDecode> work = new ArrayBlockingQueue<>(WORK_QUEUE);
        BlockingQueue<ToEncode> prepared = new ArrayBlockingQueue<>(2 * options.batchSize());
        BlockingQueue<ToWrite> results = new ArrayBlockingQueue<>(RESULT_QUEUE);
        PhotoWorker.Stages stages = new PhotoWorker.Stages() {
            @Override
            public void toEncoder(Job job, PreparedPhoto photo) throws InterruptedException {
                if (job.settle()) {
                    Handoff.put(prepared, photo, state);
                }
            }

            @Override
            public void toWriter(Job job, PhotoOutcome outcome) throws InterruptedException {
                if (job == null || job.settle()) {
                    Handoff.put(results, outcome, state);
                }
            }
        };
        VideoWorker videos = new VideoWorker(
                new VideoSampler(SamplingPolicy.DEFAULT),
                setup.encoder(),
                setup.thumbnails(),
                options.perFileTimeout().toNanos() / 2);
        thumbnailTextGate = ThumbnailTextGate.forReading(setup.text());
        TensorPool tensors = new TensorPool(setup.encoder().tensorLength());
        PhotoWorker worker = new PhotoWorker(
                setup.decoder(),
                setup.encoder(),
                setup.thumbnails(),
                videos,
                thumbnailTextGate,
                state,
                stages,
                tensors);
        DecodeWorkers workers = new DecodeWorkers(work, worker, stages, state, options.perFileTimeout(), priority);
        ResultWriter writer = new ResultWriter(
                results,
                setup.catalog(),
                setup.indexes(),
                setup.thumbnails(),
                setup.encoder().modelId(),
                state);
        ScanStage scan = new ScanStage(setup.catalog(), setup.encoder().modelId(), work, state);
        textStage = new TextStage(
                setup.catalog(),
                setup.indexes(),
                setup.encoder().modelId(),
                setup.decoder(),
                setup.thumbnails(),
                setup.text(),
                thumbnailTextGate,
                state,
                options.decodeThreads(),
                priority);

        watchdog = IndexerThreads.watchdog("fovea-indexing-watchdog");
        watchdog.scheduleWithFixedDelay(
                () -> {
                    workers.checkTimeouts();
                    publish();
                },
                PROGRESS_MILLIS,
                PROGRESS_MILLIS,
                TimeUnit.MILLISECONDS);

        workers.start(options.decodeThreads());
        Thread encoderThread = IndexerThreads.start(
                "fovea-encode",
                priority,
                new EncoderStage(prepared, results, setup.encoder(), options.batchSize(), state, tensors));
        Thread writerThread = IndexerThreads.start("fovea-index-writer", priority, writer);
        IndexerThreads.start(
                "fovea-scan",
                priority,
                () -> coordinate(scan, workers, work, prepared, results, encoderThread, writerThread, writer));
    }

    /** Runs on the scan thread: scans, then shuts the stages down in order so each drains what the previous one produced. */
    private void coordinate(
            ScanStage scan,
            DecodeWorkers workers,
            BlockingQueue<ToDecode> work,
            BlockingQueue<ToEncode> prepared,
            BlockingQueue<ToWrite> results,
            Thread encoderThread,
            Thread writerThread,
            ResultWriter writer) {
        try {
            for (Scope scope : setup.scopes()) {
                if (state.cancelled()) {
                    break;
                }
                scan.scan(scope);
            }
            // Videos take far longer each: a new library's photos are searchable first.
            scan.queueVideos();
        } catch (InterruptedException e) {
            state.fail(new IllegalStateException("Indexing was interrupted", e));
        } catch (RuntimeException e) {
            state.fail(e);
        }
        try {
            state.progress.phase(IndexingProgress.Phase.INDEXING);
            boolean delivered = true;
            for (int i = 0; i < setup.options().decodeThreads() && delivered; i++) {
                delivered = Handoff.put(work, ToDecode.END, state);
            }
            if (!delivered) {
                workers.interruptAll();
            }
            workers.awaitFinished();
            thumbnailTextGate.close();
            endStage(prepared, ToEncode.END, encoderThread);
            state.progress.phase(IndexingProgress.Phase.FINISHING);
            if (state.failure() == null) {
                boolean complete = !state.cancelled() && scan.outcomes.stream().allMatch(ScopeOutcome::complete);
                List<KnownPhoto> deletions = state.cancelled() ? List.of() : scan.deletions;
                Handoff.put(
                        results, new ResultWriter.Finish(deletions, scan.outcomes, setup.fullRun() && complete), state);
            }
            endStage(results, ToWrite.END, writerThread);
            if (state.failure() == null && !state.cancelled()) {
                // After everything else: photos are searchable before their text is read.
                state.progress.phase(IndexingProgress.Phase.READING_TEXT);
                readText();
            }
        } catch (InterruptedException e) {
            state.fail(new IllegalStateException("Indexing was interrupted", e));
            workers.interruptAll();
            encoderThread.interrupt();
            writerThread.interrupt();
        } finally {
            finish(scan, writer);
        }
    }

    /**
     * The photos are indexed whatever happens here: a failure to read their text (the gate's prompts, Tesseract)
     * leaves them due for the next run and is reported in the summary, not as the run's failure.
     */
    private void readText() throws InterruptedException {
        try {
            textStage.run();
        } catch (RuntimeException e) {
            LOG.warn("Text in photos was not read", e);
            textProblem = e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    /** Hands the stage its END and waits for it; a stage that cannot take it (the run failed) is interrupted. */
    private <T> void endStage(BlockingQueue<T> queue, T end, Thread stage) throws InterruptedException {
        if (!Handoff.put(queue, end, state)) {
            stage.interrupt();
        }
        stage.join();
    }

    private void finish(ScanStage scan, ResultWriter writer) {
        state.progress.phase(
                state.failure() != null
                        ? IndexingProgress.Phase.FAILED
                        : state.cancelled() ? IndexingProgress.Phase.CANCELLED : IndexingProgress.Phase.DONE);
        ResultWriter.Counts counts = writer.counts;
        IndexingProgress last = state.progress.snapshot(false);
        summary = new IndexingSummary(
                last.filesSeen(),
                counts.embedded,
                counts.reused,
                last.skipped(),
                counts.unsettled,
                counts.deleted,
                scan.outcomes.stream()
                        .filter(o -> ScopeOutcome.OFFLINE.equals(o.state()))
                        .map(o -> o.start().toString())
                        .toList(),
                state.cancelled() && state.failure() == null,
                (System.nanoTime() - startedNanos) / 1e9,
                textStage.read(),
                textProblem);
        watchdog.shutdownNow();
        thumbnailTextGate.close();
        try {
            textStage.closeUnusedReaders();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (state.failure() != null) {
            LOG.error("Indexing failed", state.failure());
        } else {
            try {
                setup.whenDone().accept(summary);
            } catch (RuntimeException e) {
                state.fail(e);
            }
        }
        publish();
        finished.countDown();
    }

    private void publish() {
        IndexingProgress progress = progress();
        for (ProgressListener listener : listeners) {
            try {
                listener.progress(progress);
            } catch (RuntimeException e) {
                LOG.warn("A progress listener failed", e);
            }
        }
    }
}
