package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.text.TextReader;
import dev.fovea.indexer.thread.IndexerThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The text stage's Tesseract readers, one per reading thread. Loading one takes about as long as reading a photo, so
 * when the decode workers' gate passes a first photo they start loading on a thread of their own ({@link #openAhead}),
 * while the pipeline still runs: the text stage then reads at once instead of loading while a core idles. A run whose
 * gate passes nothing loads none.
 */
final class TextReaders {
    private final int count;
    private final int priority;
    private final BlockingQueue<TextReader> idle;
    private final AtomicInteger opened = new AtomicInteger();
    /** Done when the first reader is idle, or failed with why none could be opened (no language data). */
    private final CompletableFuture<Void> first = new CompletableFuture<>();

    private Thread opener;
    private boolean closed;

    TextReaders(int count, int priority) {
        this.count = count;
        this.priority = priority;
        this.idle = new ArrayBlockingQueue<>(count);
    }

    /** Starts loading the readers on a thread of their own; later calls do nothing. */
    synchronized void openAhead() {
        if (opener == null && !closed) {
            opener = IndexerThreads.start("fovea-text-reader-open", priority, this::openAll);
        }
    }

    private void openAll() {
        try {
            while (claimOne()) {
                idle.add(TextReader.open());
                first.complete(null);
            }
        } catch (RuntimeException e) {
            first.completeExceptionally(e);
        }
    }

    /**
     * Waits for the first reader, loading it here when nothing loaded ahead, so that a missing language data shows
     * before any photo is taken up.
     *
     * @throws RuntimeException as {@link TextReader#open()}, e.g. the language data is missing
     */
    void awaitFirst() {
        synchronized (this) {
            if (opener == null) {
                opened.incrementAndGet();
                idle.add(TextReader.open());
                return;
            }
        }
        try {
            first.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** An idle reader, or a new one while fewer than {@code count} are open, or the next one given back. */
    TextReader take() throws InterruptedException {
        TextReader reader = idle.poll();
        if (reader == null) {
            reader = claimOne() ? TextReader.open() : idle.take();
        }
        return reader;
    }

    /** Counts one more reader to open, unless {@code count} are already counted. */
    private boolean claimOne() {
        return opened.getAndUpdate(n -> n < count ? n + 1 : n) < count;
    }

    void giveBack(TextReader reader) {
        idle.add(reader);
    }

    /**
     * Frees the idle readers, after the loading ahead has ended; only once no reading runs (Tesseract must not be freed
     * under a reading in native code). Idempotent.
     */
    void close() throws InterruptedException {
        Thread loading;
        synchronized (this) {
            closed = true;
            loading = opener;
        }
        if (loading != null) {
            loading.join();
        }
        List<TextReader> left = new ArrayList<>();
        idle.drainTo(left);
        left.forEach(TextReader::close);
    }
}
