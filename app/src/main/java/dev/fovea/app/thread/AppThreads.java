package dev.fovea.app.thread;

import dev.fovea.search.thread.OwnsThreads;
import dev.fovea.search.thread.SearchThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Every thread the app itself makes (the indexer and search modules own theirs): named and daemon, through
 * {@link SearchThreads#factory}. Whoever gets an executor here shuts it down.
 */
@OwnsThreads
public final class AppThreads {
    private AppThreads() {}

    /** The desktop's background workers, so the FX thread never waits; the app closes the pool on exit. */
    public static ExecutorService uiWorkers(int threads) {
        return Executors.newFixedThreadPool(threads, SearchThreads.factory("fovea-ui-worker", Thread.NORM_PRIORITY));
    }

    /**
     * The viewer's video player: one thread decodes and paces the frames of the video shown; the viewer shuts it
     * down when it closes or moves on.
     */
    public static ExecutorService videoPlayer() {
        return Executors.newSingleThreadExecutor(SearchThreads.factory("fovea-video-player", Thread.NORM_PRIORITY));
    }

    /** A thread for {@link Runtime#addShutdownHook}, not started: the JVM starts it on exit. */
    public static Thread shutdownHook(String name, Runnable body) {
        return SearchThreads.factory(name, Thread.NORM_PRIORITY).newThread(body);
    }

    /**
     * Opens the home's backend and lists its first page while JavaFX starts; it ends once that page is listed, and
     * the app then uses what it opened.
     */
    public static Thread homeOpening(Runnable body) {
        return SearchThreads.start("fovea-home-opening", Thread.NORM_PRIORITY, body);
    }

    /** The single-instance listener; it ends when the app closes its server socket. */
    public static Thread instanceListener(Runnable body) {
        return SearchThreads.start("fovea-app-instance", Thread.NORM_PRIORITY, body);
    }
}
