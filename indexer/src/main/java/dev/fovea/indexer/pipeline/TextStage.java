package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.catalog.Catalog;
import dev.fovea.indexer.catalog.TextTable;
import dev.fovea.indexer.index.ModelIndex;
import dev.fovea.indexer.text.RecognisedText;
import dev.fovea.indexer.text.TextArea;
import dev.fovea.indexer.text.TextDetector;
import dev.fovea.indexer.text.TextGate;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.indexer.text.TextReader;
import dev.fovea.indexer.text.TextReading;
import dev.fovea.indexer.text.TextReadingTimeout;
import dev.fovea.indexer.thread.IndexerThreads;
import dev.fovea.indexer.thumbnail.ThumbnailStore;
import dev.fovea.search.FoveaException;
import dev.fovea.search.image.PixelImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last stage of a run: reads the text in photos whose embedding is committed and whose text is due (see
 * {@link TextTable#due}). Tesseract reads a picture on one core, so the stage reads as many photos at a time as the
 * run has decode workers (at most {@value #MAX_READERS}), each with its own Tesseract, and holds no more pictures
 * than that. It pauses and stops between photos like the other stages; each photo's outcome is committed on its
 * own, so a stopped run keeps what it read.
 *
 * <p>In automatic mode the decode workers have already run the gate on new photos ({@link ThumbnailTextGate}): those
 * it passed are read without another look, only within the area its detector found text in when that leaves most of
 * the photo out, and the readers started loading at the first photo it passed ({@link TextReaders}). Photos indexed before (a library gaining text, a gate changed) are gated
 * here from their stored thumbnails; the detector is loaded only when one of them comes.
 */
final class TextStage {
    private static final Logger LOG = LoggerFactory.getLogger(TextStage.class);
    /** Photos fetched from the catalog at a time; the indexes catch up after each batch. */
    private static final int BATCH = 16;
    /**
     * The stage runs after the others have drained, so the detector may use the cores they used; more than two
     * threads gain little on a picture this small.
     */
    private static final int DETECTOR_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());
    /** Each Tesseract holds its language models and a page's images: tens of megabytes. */
    private static final int MAX_READERS = 4;
    /** A reading stops at its per-photo limit; this covers the one in flight when the stage is stopped. */
    private static final Duration LAST_READINGS = Duration.ofMinutes(1);

    private final Catalog catalog;
    private final List<ModelIndex> indexes;
    private final String modelId;
    private final PhotoDecoding decoder;
    private final ThumbnailStore thumbnails;
    private final TextReading reading;
    private final ThumbnailTextGate thumbnailGate;
    private final RunState state;
    private final int readers;
    private final int priority;
    private final AtomicLong read = new AtomicLong();
    private final TextReaders textReaders;

    TextStage(
            Catalog catalog,
            List<ModelIndex> indexes,
            String modelId,
            PhotoDecoding decoder,
            ThumbnailStore thumbnails,
            TextReading reading,
            ThumbnailTextGate thumbnailGate,
            RunState state,
            int readers,
            int priority) {
        this.catalog = catalog;
        this.indexes = indexes;
        this.modelId = modelId;
        this.decoder = decoder;
        this.thumbnails = thumbnails;
        this.reading = reading;
        this.thumbnailGate = thumbnailGate;
        this.state = state;
        this.readers = Math.clamp(readers, 1, MAX_READERS);
        this.priority = priority;
        this.textReaders = new TextReaders(this.readers, priority);
        thumbnailGate.whenPassing(textReaders::openAhead);
    }

    /** Photos whose text was read (not gated) by this run. */
    long read() {
        return read.get();
    }

    void run() throws InterruptedException {
        if (reading.mode() == TextMode.OFF) {
            return;
        }
        String readerId = TextReader.engineId();
        String gateId = reading.mode() != TextMode.AUTO
                ? null
                : reading.exactGate() != null ? TextReading.EXACT_GATE_ID : TextGate.ID;
        // Most runs (a watcher's, a second pass) find nothing due: then neither Tesseract nor the detector loads.
        if (catalog.read(connection -> TextTable.due(connection, modelId, readerId, gateId, 1))
                .isEmpty()) {
            return;
        }
        // One reader before any photo, to know that the language data is there (often loaded ahead, while the pipeline
        // ran); the others open on their threads while the first reads, unless they were loaded ahead too.
        try {
            textReaders.awaitFirst();
        } catch (FoveaException missing) {
            // The photos stay due: the next run reads them once the language data is there.
            LOG.warn("Text in photos is not read: {}", missing.getMessage());
            return;
        }
        ExecutorService pool = IndexerThreads.textReaders(readers, priority);
        try (StoredThumbnailGate gate = new StoredThumbnailGate()) {
            while (!state.cancelled()) {
                List<TextTable.Due> due =
                        catalog.read(connection -> TextTable.due(connection, modelId, readerId, gateId, BATCH));
                if (due.isEmpty()) {
                    break;
                }
                List<Callable<Void>> readings = new ArrayList<>();
                for (TextTable.Due photo : due) {
                    if (gateId == null || photo.passedGate()) {
                        TextArea area = gateId == null ? null : thumbnailGate.areaOf(photo.contentHash());
                        readings.add(() -> readWithIdleReader(photo, area));
                        continue;
                    }
                    state.pause.awaitOpen(state::cancelled);
                    if (state.cancelled()) {
                        break;
                    }
                    state.progress.working(photo.path());
                    TextGate.Verdict verdict = look(gate, photo);
                    if (!verdict.read()) {
                        record(photo, TextTable.Outcome.GATED, gateId, RecognisedText.NONE);
                    } else {
                        readings.add(() -> readWithIdleReader(photo, verdict.area()));
                    }
                }
                // The batch is read before the next is asked for: a photo being read is still due.
                for (Future<Void> reading : pool.invokeAll(readings)) {
                    awaitReading(reading);
                }
                indexes.forEach(ModelIndex::sync);
            }
        } finally {
            pool.shutdownNow();
            // Tesseract must not be freed under a reading still running in native code.
            if (pool.awaitTermination(LAST_READINGS.toMillis(), TimeUnit.MILLISECONDS)) {
                textReaders.close();
            } else {
                LOG.warn("A text reading did not stop; its Tesseract is left open");
            }
        }
        indexes.forEach(ModelIndex::commit);
    }

    private Void readWithIdleReader(TextTable.Due photo, TextArea area) throws InterruptedException {
        state.pause.awaitOpen(state::cancelled);
        if (state.cancelled()) {
            return null;
        }
        TextReader reader = textReaders.take();
        try {
            state.progress.working(photo.path());
            readOne(photo, area, reader);
        } finally {
            textReaders.giveBack(reader);
        }
        return null;
    }

    /**
     * Frees the readers loaded ahead that no reading took (the run was cancelled or failed, or nothing was due); the
     * run calls it when it ends, whatever happened.
     */
    void closeUnusedReaders() throws InterruptedException {
        textReaders.close();
    }

    private static void awaitReading(Future<Void> reading) throws InterruptedException {
        try {
            reading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("A text reading failed", e.getCause());
        }
    }

    private TextGate.Verdict look(StoredThumbnailGate gate, TextTable.Due photo) {
        if (reading.exactGate() != null) {
            return new TextGate.Verdict(
                    reading.exactGate().contains(photo.path().toAbsolutePath()), null);
        }
        // A detector that cannot be loaded fails the stage (the photos stay due); one photo it cannot look at is read.
        TextGate textGate = gate.get();
        try {
            return textGate.look(() -> small(photo), photo.fileType(), photo.cameraMake());
        } catch (RuntimeException e) {
            // The reading decodes the photo itself and records what goes wrong there.
            LOG.info("The text detector could not look at {}: {}", photo.path(), e.toString());
            return new TextGate.Verdict(true, null);
        }
    }

    /**
     * The photo's thumbnail, made when it was embedded, or a small decode of the photo when the thumbnail is gone:
     * a 4:3 photo keeps the detector's long side, and a JPEG is decoded at an eighth of its size or so.
     */
    private PixelImage small(TextTable.Due photo) {
        int shortSide = TextDetector.LONG_SIDE * 3 / 4;
        return decoder.decode(thumbnails.find(photo.contentHash()).orElse(photo.path()), shortSide)
                .image();
    }

    /** The gate for photos the decode workers did not look at, opened at the first of them. */
    private static final class StoredThumbnailGate implements AutoCloseable {
        private TextDetector detector;
        private TextGate gate;

        TextGate get() {
            if (gate == null) {
                detector = TextDetector.open(DETECTOR_THREADS);
                gate = new TextGate(detector);
            }
            return gate;
        }

        @Override
        public void close() {
            if (detector != null) {
                detector.close();
            }
        }
    }

    /** @param area where the gate's detector found text, read alone when it leaves most of the photo out; or null */
    private void readOne(TextTable.Due photo, TextArea area, TextReader reader) {
        try {
            RecognisedText text = reader.read(
                    decoder.decode(photo.path(), TextReading.DECODE_SHORT_SIDE).image(), area, reading.perPhotoLimit());
            record(photo, TextTable.Outcome.READ, TextReader.engineId(), text);
            read.incrementAndGet();
        } catch (TextReadingTimeout e) {
            LOG.info("Gave up reading the text of {} after {}", photo.path(), reading.perPhotoLimit());
            record(photo, TextTable.Outcome.TIMEOUT, TextReader.engineId(), RecognisedText.NONE);
        } catch (RuntimeException e) {
            // Gone, changed, or a picture Tesseract chokes on: the run goes on, the photo is not tried again.
            LOG.info("Could not read the text of {}: {}", photo.path(), e.toString());
            record(photo, TextTable.Outcome.FAILED, TextReader.engineId(), RecognisedText.NONE);
        }
    }

    private void record(TextTable.Due photo, TextTable.Outcome outcome, String reader, RecognisedText text) {
        catalog.write(connection -> {
            TextTable.put(connection, photo.contentHash(), outcome, reader, text);
            return null;
        });
    }
}
