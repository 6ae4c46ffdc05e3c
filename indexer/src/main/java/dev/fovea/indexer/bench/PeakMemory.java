package dev.fovea.indexer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident memory (Linux VmHWM), resettable so a benchmark measures one phase. */
public final class PeakMemory {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private PeakMemory() {}

    /** Resets the peak to the current resident size; false where the system does not allow it. */
    public static boolean reset() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * {@link #reset()} once the resident size has stopped falling (at most 5 s): after {@code System.gc()} the JVM
     * hands the heap an earlier phase needed back to the system in the background, and a reset before that ends
     * counts the earlier phase's heap (in {@code bench index}, the stages measured alone) as the next phase's peak.
     */
    public static boolean resetWhenSettled() throws InterruptedException {
        double last = residentMegabytes();
        for (int poll = 0, steady = 0; poll < 50 && steady < 3; poll++) {
            Thread.sleep(100);
            double now = residentMegabytes();
            steady = now > last - 1 ? steady + 1 : 0;
            last = now;
        }
        return reset();
    }

    private static double residentMegabytes() {
        return statusMegabytes("VmRSS:");
    }

    /** Peak resident megabytes since start or the last reset, or -1 where unknown (not Linux). */
    public static double peakMegabytes() {
        return statusMegabytes("VmHWM:");
    }

    private static double statusMegabytes(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
