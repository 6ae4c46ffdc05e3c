package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.catalog.TextTable;
import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.indexer.text.TextArea;
import dev.fovea.indexer.text.TextDetector;
import dev.fovea.indexer.text.TextGate;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.indexer.text.TextReading;
import dev.fovea.indexer.thumbnail.Thumbnail;
import dev.fovea.search.FoveaException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic text gate, run by the decode workers on the thumbnail they have just made: the detector works where
 * the pixels already are, on the worker's core while the image tower runs on the other, instead of decoding every
 * thumbnail again in the text stage after the run. Its verdict travels with the photo into the catalog; the text
 * stage then reads the photos that passed and looks at no other. One ONNX session serves every worker, each
 * inference on the calling thread; it is opened at the first photo that needs it, so a run with nothing new loads
 * nothing.
 */
final class ThumbnailTextGate implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailTextGate.class);
    /** About 200 bytes each: a few megabytes at most, however large the library. */
    private static final int MAX_AREAS = 20_000;

    private final boolean active;
    /** Inferences hold it shared; closing takes it alone, so a worker left behind never runs a closed session. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Where the text is in the photos passed, for the text stage after the run: a hint it may go without. */
    private final Map<String, TextArea> areas = new ConcurrentHashMap<>();

    private volatile Runnable whenPassing;
    private TextDetector detector;
    private boolean closed;
    private boolean unavailable;

    private ThumbnailTextGate(boolean active) {
        this.active = active;
    }

    /** Active only for automatic reading with the detector (not with a benchmark's exact gate). */
    static ThumbnailTextGate forReading(TextReading reading) {
        return new ThumbnailTextGate(reading.mode() == TextMode.AUTO && reading.exactGate() == null);
    }

    /**
     * @return {@link TextTable.Outcome#PASSED} or {@link TextTable.Outcome#GATED}; null when this run's gate does not
     *     look here or could not decide (then the text stage decides from the stored thumbnail)
     */
    TextTable.Outcome verdict(String contentHash, Thumbnail thumbnail, PhotoMetadata metadata) {
        if (!active) {
            return null;
        }
        lock.readLock().lock();
        try {
            TextDetector open = detector();
            if (open == null) {
                return null;
            }
            TextGate.Verdict verdict =
                    new TextGate(open).look(thumbnail::pixels, metadata.fileType(), metadata.cameraMake());
            if (verdict.area() != null && areas.size() < MAX_AREAS) {
                areas.put(contentHash, verdict.area());
            }
            if (!verdict.read()) {
                return TextTable.Outcome.GATED;
            }
            Runnable passing = whenPassing;
            if (passing != null) {
                passing.run();
            }
            return TextTable.Outcome.PASSED;
        } catch (RuntimeException e) {
            LOG.info("The text detector could not look at a thumbnail: {}", e.toString());
            return null;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Told of every photo passed, on the worker's thread: the text stage starts loading its readers at the first. */
    void whenPassing(Runnable action) {
        whenPassing = action;
    }

    /**
     * Where the detector found text in a photo it passed in this run, or null (a screenshot, a photo it did not look
     * at, or one past the {@value #MAX_AREAS} it remembers): the text stage then reads the whole picture.
     */
    TextArea areaOf(String contentHash) {
        return areas.get(contentHash);
    }

    private synchronized TextDetector detector() {
        if (detector == null && !closed && !unavailable) {
            try {
                detector = TextDetector.open(1);
            } catch (FoveaException e) {
                unavailable = true;
                LOG.warn("The decode workers run no text gate: {}", e.getMessage());
            }
        }
        return closed ? null : detector;
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            synchronized (this) {
                if (!closed && detector != null) {
                    detector.close();
                }
                closed = true;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
