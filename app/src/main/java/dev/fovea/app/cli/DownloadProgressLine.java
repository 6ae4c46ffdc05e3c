package dev.fovea.app.cli;

import dev.fovea.search.model.download.DownloadProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A download's progress on stderr: one line redrawn in place on a terminal, a line per tenth of the way
 * otherwise (logs and pipes). Hand-written because the progress bar library writes only to a PrintStream,
 * and commands write through picocli's writers.
 */
final class DownloadProgressLine implements DownloadProgress {
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final String label;
    private final boolean terminal;
    private int lastTenth = -1;
    private boolean drawn;

    DownloadProgressLine(PrintWriter err, String label, boolean terminal) {
        this.err = err;
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public void progress(String file, long done, long total, double bytesPerSecond) {
        String amount = total > 0 ? megabytes(done) + " / " + megabytes(total) : megabytes(done);
        String rate = String.format(Locale.ROOT, "%.1f MB/s", bytesPerSecond / 1e6);
        if (terminal) {
            int filled = total > 0 ? (int) (WIDTH * done / total) : 0;
            String bar = total > 0
                    ? "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent(done, total) + "  "
                    : "";
            err.print("\r" + label + "  " + bar + amount + "  " + rate + "  " + file + "\u001b[K");
            drawn = true;
        } else {
            int tenth = total > 0 ? (int) (10 * done / total) : -1;
            if (tenth > lastTenth) {
                lastTenth = tenth;
                err.println(label + ": " + percent(done, total) + " (" + amount + ", " + rate + ")");
            }
        }
        err.flush();
    }

    /** Ends the redrawn line so the next message starts on its own. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    private static String percent(long done, long total) {
        return String.format(Locale.ROOT, "%3d%%", total > 0 ? 100 * done / total : 0);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
