package dev.fovea.app.cli;

import dev.fovea.indexer.pipeline.IndexingProgress;
import dev.fovea.indexer.pipeline.ProgressListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Indexing progress on stderr: a progress bar on a terminal, a plain line every few seconds otherwise (logs,
 * pipes, CI), so output stays readable where carriage returns are not.
 */
final class IndexProgressDisplay implements ProgressListener, AutoCloseable {
    private static final long LINE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintWriter err;
    private final ProgressBar bar;
    private long lastLine;

    private IndexProgressDisplay(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /** A bar drawn on the process's stderr when it is a terminal, else plain lines to {@code err}. */
    static IndexProgressDisplay on(PrintWriter err, boolean terminal) {
        ProgressBar bar = terminal
                ? new ProgressBarBuilder()
                        .setTaskName("Indexing")
                        .setInitialMax(-1)
                        .showSpeed()
                        .setUnit(" photos", 1)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .setUpdateIntervalMillis(250)
                        .build()
                : null;
        return new IndexProgressDisplay(err, bar);
    }

    // With -Djdk.console=java.base, System.console() still answers null when not on a terminal.
    @SuppressWarnings("SystemConsoleNull")
    static boolean stderrIsTerminal() {
        java.io.Console console = System.console();
        return console != null
                && console.isTerminal()
                && System.getenv("TERM") != null
                && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public synchronized void progress(IndexingProgress progress) {
        if (bar != null) {
            if (progress.phase() != IndexingProgress.Phase.SCANNING) {
                bar.maxHint(progress.total());
            }
            bar.stepTo(progress.done());
            bar.setExtraMessage(extra(progress));
            return;
        }
        long now = System.nanoTime();
        if (progress.finished() || now - lastLine >= LINE_EVERY_NANOS) {
            lastLine = now;
            err.println("fovea: " + line(progress));
            err.flush();
        }
    }

    static String line(IndexingProgress progress) {
        StringBuilder text = new StringBuilder();
        text.append(
                switch (progress.phase()) {
                    case SCANNING -> "scanning";
                    case INDEXING, FINISHING -> "indexing";
                    case READING_TEXT -> "reading text in";
                    case DONE -> "done";
                    case CANCELLED -> "cancelled";
                    case FAILED -> "failed";
                });
        text.append(String.format(Locale.ROOT, " %d/%d photos", progress.done(), progress.total()));
        if (progress.imagesPerSecond() > 0 && !progress.finished()) {
            text.append(String.format(Locale.ROOT, ", %.1f/s", progress.imagesPerSecond()));
        }
        if (progress.etaSeconds() >= 0 && !progress.finished()) {
            text.append(", about ").append(duration(progress.etaSeconds())).append(" left");
        }
        if (progress.skippedTotal() > 0) {
            text.append(", skipped ").append(progress.skippedTotal());
        }
        if (progress.paused()) {
            text.append(" (paused)");
        }
        return text.toString();
    }

    private static String extra(IndexingProgress progress) {
        String skipped = progress.skippedTotal() > 0 ? "skipped " + progress.skippedTotal() + " " : "";
        return progress.phase() == IndexingProgress.Phase.SCANNING
                ? skipped + "(scanning " + progress.filesSeen() + " files)"
                : skipped;
    }

    static String duration(long seconds) {
        if (seconds < 90) {
            return seconds + " s";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60.0) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
