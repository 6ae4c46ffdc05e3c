package dev.fovea.app.desktop.home;

import dev.fovea.app.desktop.backend.IndexingListener;
import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.setup.IndexingSeams;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.FoveaHome;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingRun;
import dev.fovea.indexer.text.TextReading;
import dev.fovea.indexer.watch.ContinuousIndexer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexing while the app is open, as `fovea index --watch` does: with the active model, a full run, then a run
 * whenever the folders change. Starting again (new folder, other model) stops the runs under way, which
 * lose nothing (the catalog commits as it goes), and follows the folders anew.
 */
final class HomeIndexing implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HomeIndexing.class);

    private final FoveaHome home;
    private final Library library;
    private final SharedModels models;
    private final Runnable searchChanged;
    private final List<IndexingListener> listeners = new CopyOnWriteArrayList<>();
    private ContinuousIndexer follower;
    private SharedModels.Lease model;

    /**
     * @param searchChanged told when searching must look again: indexing started (the library now holds the live
     *     index) or a run ended (before the listeners hear of it)
     */
    HomeIndexing(FoveaHome home, Library library, SharedModels models, Runnable searchChanged) {
        this.home = home;
        this.library = library;
        this.models = models;
        this.searchChanged = searchChanged;
    }

    void addListener(IndexingListener listener) {
        listeners.add(listener);
    }

    /** Follows the library's folders with the home's active model and decoding choice, from a fresh full run. */
    synchronized void start() {
        stop();
        model = models.acquire(ModelResolver.resolve(Optional.empty(), home));
        try {
            library.readTextWith(new TextReading(library.textMode(), TextReading.DEFAULT_LIMIT));
            follower = IndexingSeams.over(model.model())
                    .follow(
                            library,
                            IndexingOptions.defaults().withExact(library.exactDecoding()),
                            this::progress,
                            // The packager's AOT cache training (installers AotCache) waits for this line.
                            summary -> LOG.info("Indexing run ended: {}", summary));
            searchChanged.run();
        } catch (RuntimeException e) {
            model.close();
            model = null;
            throw e;
        }
    }

    /** Stops following the folders: a run under way stops soon, the rest waits for the next start. */
    synchronized boolean stop() {
        boolean wasRunning = follower != null;
        if (follower != null) {
            follower.close();
            follower = null;
        }
        if (model != null) {
            model.close();
            model = null;
        }
        return wasRunning;
    }

    /** Runs {@code change} with indexing stopped (the library refuses some changes during a run), then follows again. */
    synchronized void whileStopped(Runnable change) {
        boolean wasRunning = stop();
        try {
            change.run();
        } finally {
            if (wasRunning) {
                start();
            }
        }
    }

    void pause() {
        library.currentRun().ifPresent(IndexingRun::pause);
    }

    void resume() {
        library.currentRun().ifPresent(IndexingRun::resume);
    }

    /** Files the run under way has found that need work and has not done yet (the catalog learns of them as they are done). */
    long outstanding() {
        return library.currentRun()
                .map(IndexingRun::progress)
                .map(progress -> Math.max(0, progress.total() - progress.done()))
                .orElse(0L);
    }

    private void progress(dev.fovea.indexer.pipeline.IndexingProgress progress) {
        if (progress.finished()) {
            searchChanged.run();
        }
        IndexingStatus shown = translate(progress);
        listeners.forEach(listener -> listener.onProgress(shown));
    }

    static IndexingStatus translate(dev.fovea.indexer.pipeline.IndexingProgress progress) {
        IndexingStatus.State state = progress.finished()
                ? IndexingStatus.State.FINISHED
                : progress.paused()
                        ? IndexingStatus.State.PAUSED
                        : progress.phase() == dev.fovea.indexer.pipeline.IndexingProgress.Phase.SCANNING
                                ? IndexingStatus.State.SCANNING
                                : IndexingStatus.State.INDEXING;
        Duration eta = progress.etaSeconds() < 0 || state != IndexingStatus.State.INDEXING
                ? null
                : Duration.ofSeconds(progress.etaSeconds());
        return new IndexingStatus(
                state,
                progress.done(),
                progress.total(),
                progress.imagesPerSecond(),
                eta,
                progress.currentFile() == null || progress.finished()
                        ? null
                        : progress.currentFile().toString(),
                progress.skipped());
    }

    @Override
    public void close() {
        stop();
    }
}
