package dev.fovea.indexer.watch;

import dev.fovea.indexer.Library;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingRun;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.indexer.pipeline.PhotoDecoding;
import dev.fovea.indexer.pipeline.PhotoEncoder;
import dev.fovea.indexer.pipeline.ProgressListener;
import dev.fovea.indexer.scan.LibraryRoot;
import dev.fovea.indexer.thread.IndexerThreads;
import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a library indexed while it runs: one full run, then a run over whatever folders the watcher reports,
 * one run at a time (changes that arrive during a run are gathered for the next). What `fovea index --watch`
 * and the desktop app use.
 */
public final class ContinuousIndexer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContinuousIndexer.class);

    private final Library library;
    private final PhotoEncoder encoder;
    private final PhotoDecoding decoder;
    private final IndexingOptions options;
    private final ProgressListener listener;
    private final Consumer<IndexingSummary> finished;
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean fullRunPending = true;
    private volatile boolean closed;
    private volatile IndexingRun current;
    private final LibraryWatcher watcher;
    private final Thread runner;

    /**
     * @param finished told about every run that ended (on the runner thread)
     */
    public ContinuousIndexer(
            Library library,
            PhotoEncoder encoder,
            PhotoDecoding decoder,
            IndexingOptions options,
            ProgressListener listener,
            Consumer<IndexingSummary> finished,
            Duration quiet,
            Duration rescanEvery) {
        this.library = library;
        this.encoder = encoder;
        this.decoder = decoder;
        this.options = options;
        this.listener = listener;
        this.finished = finished;
        List<LibraryRoot> roots = library.roots();
        try {
            this.watcher = new LibraryWatcher(roots, quiet, rescanEvery, this::changed);
        } catch (IOException e) {
            throw new FoveaException("Cannot watch the library folders: " + e.getMessage(), e);
        }
        this.runner = IndexerThreads.start("fovea-watch-runner", Thread.MIN_PRIORITY, this::run);
    }

    private synchronized void changed(Set<Path> folders) {
        boolean wholeRoot = library.roots().stream().anyMatch(root -> folders.contains(root.path()));
        if (wholeRoot) {
            fullRunPending = true;
        } else {
            pending.addAll(folders);
        }
        notifyAll();
    }

    private void run() {
        while (!closed) {
            boolean full;
            List<Path> folders;
            synchronized (this) {
                while (!closed && !fullRunPending && pending.isEmpty()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                full = fullRunPending;
                folders = List.copyOf(pending);
                fullRunPending = false;
                pending.clear();
            }
            try {
                current = full
                        ? library.startIndexing(encoder, decoder, options, listener)
                        : library.startIndexing(encoder, decoder, options, listener, folders);
                finished.accept(current.await());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("An indexing run failed; the next change starts another", e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        watcher.close();
        IndexingRun run = current;
        if (run != null) {
            run.cancel();
        }
        synchronized (this) {
            notifyAll();
        }
        runner.interrupt();
        try {
            runner.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
