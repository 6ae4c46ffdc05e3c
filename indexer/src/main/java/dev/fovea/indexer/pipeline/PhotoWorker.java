package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.catalog.TextTable;
import dev.fovea.indexer.decode.DecodedImage;
import dev.fovea.indexer.hash.ContentHash;
import dev.fovea.indexer.metadata.MetadataReader;
import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.indexer.thumbnail.Thumbnail;
import dev.fovea.indexer.thumbnail.ThumbnailMaker;
import dev.fovea.indexer.thumbnail.ThumbnailStore;
import dev.fovea.indexer.video.VideoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-file work of a decode worker: the file is read once, then its bytes are hashed, their metadata
 * parsed and (only when the content has no embedding or no thumbnail yet) decoded once for both the thumbnail
 * and the model input, all from memory, turned upright by the orientation the metadata gave. New content's
 * thumbnail is shown to the text gate as soon as it is made.
 */
final class PhotoWorker {
    private static final Logger LOG = LoggerFactory.getLogger(PhotoWorker.class);

    /** Photos and camera RAW files are far smaller; a larger file is streamed rather than held per worker. */
    private static final int MAX_BYTES_IN_MEMORY = 128 << 20;

    /**
     * The largest file array a decode worker keeps for the next photo: camera JPEGs and most RAW files fit. A fresh
     * array for each photo was half of a worker's garbage, zeroed before it was read into (JFR, bench index).
     */
    private static final int KEPT_FILE_BYTES = 32 << 20;

    private final PhotoDecoding decoder;
    private final PhotoEncoder encoder;
    private final ThumbnailStore thumbnails;
    private final ThumbnailMaker thumbnailMaker = new ThumbnailMaker();
    private final MetadataReader metadataReader = new MetadataReader();
    private final VideoWorker videos;
    private final ThumbnailTextGate textGate;
    private final RunState state;
    private final Stages stages;
    private final TensorPool tensors;
    /** Per thread: a worker abandoned in a stuck decode may still read its array while its replacement runs. */
    private final ThreadLocal<byte[]> fileBuffers = ThreadLocal.withInitial(() -> new byte[0]);

    /** Where the worker hands its results; each call settles the job first and drops the result when it was abandoned. */
    interface Stages {
        void toEncoder(Job job, PreparedPhoto photo) throws InterruptedException;

        void toWriter(Job job, PhotoOutcome outcome) throws InterruptedException;
    }

    PhotoWorker(
            PhotoDecoding decoder,
            PhotoEncoder encoder,
            ThumbnailStore thumbnails,
            VideoWorker videos,
            ThumbnailTextGate textGate,
            RunState state,
            Stages stages,
            TensorPool tensors) {
        this.decoder = decoder;
        this.videos = videos;
        this.textGate = textGate;
        this.encoder = encoder;
        this.thumbnails = thumbnails;
        this.state = state;
        this.stages = stages;
        this.tensors = tensors;
    }

    void process(Job job) throws InterruptedException {
        WorkItem item = job.item;
        Path path = item.path();
        state.progress.working(path);
        if (item.file().size() == 0) {
            stages.toWriter(
                    job,
                    new PhotoOutcome.Skipped(item, null, PhotoMetadata.EMPTY, SkipReasons.EMPTY, "The file is empty."));
            return;
        }
        if (VideoFiles.isVideo(path.getFileName().toString())) {
            processVideo(job);
            return;
        }
        String hash;
        PhotoMetadata metadata;
        ContentHash.Content read;
        try {
            read = readOnce(path, item.file().size(), !item.contentUnchanged());
            hash = item.contentUnchanged()
                    ? item.known().contentHash()
                    : read != null ? read.hash() : ContentHash.of(path);
            job.hash = hash;
            metadata =
                    read != null ? metadataReader.read(path, read.bytes(), read.length()) : metadataReader.read(path);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            stages.toWriter(
                    job,
                    new PhotoOutcome.Skipped(item, null, PhotoMetadata.EMPTY, SkipReasons.UNREADABLE, describe(e)));
            return;
        }
        boolean embedded = state.embedded.contains(hash);
        boolean hasThumbnail = thumbnails.contains(hash);
        if (embedded && hasThumbnail) {
            stages.toWriter(job, new PhotoOutcome.Reused(item, hash, metadata));
            return;
        }
        if (!embedded && !state.claim(hash)) {
            stages.toWriter(job, new PhotoOutcome.Twin(item, hash, metadata));
            return;
        }
        DecodedImage decoded;
        try {
            decoded = decoder.decode(
                    path,
                    read == null ? null : read.bytes(),
                    read == null ? 0 : read.length(),
                    metadata.orientation() == null ? 1 : metadata.orientation(),
                    DecodeSize.request(encoder.inputSize(), state.exact));
        } catch (PhotoSkippedException e) {
            stages.toWriter(job, new PhotoOutcome.Skipped(item, hash, metadata, e.reason(), e.getMessage()));
            return;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            LOG.error("The decoder failed unexpectedly on {}", path, e);
            stages.toWriter(
                    job, new PhotoOutcome.Skipped(item, hash, metadata, SkipReasons.DECODER_ERROR, e.toString()));
            return;
        }
        metadata = metadata.withDimensions(decoded.sourceWidth(), decoded.sourceHeight())
                .withFileType(MetadataReader.fileType(decoded.format(), metadata.fileType()));
        TextTable.Outcome textVerdict = null;
        if (!hasThumbnail) {
            Thumbnail thumbnail = thumbnailMaker.scale(decoded.image());
            thumbnails.write(hash, thumbnail.jpeg());
            // Content with a thumbnail was seen before: its text has its outcome, or the text stage gates it.
            textVerdict = embedded ? null : textGate.verdict(hash, thumbnail, metadata);
        }
        if (embedded) {
            stages.toWriter(job, new PhotoOutcome.Reused(item, hash, metadata));
            return;
        }
        float[] tensor = tensors.take();
        encoder.preprocess(decoded.image(), tensor, 0);
        if (!unchangedSinceScan(item)) {
            tensors.giveBack(tensor);
            stages.toWriter(job, new PhotoOutcome.Unsettled(item, hash));
            return;
        }
        stages.toEncoder(job, new PreparedPhoto(item, hash, metadata, decoded.warning(), textVerdict, tensor));
    }

    /**
     * The whole file, hashed as it is read when asked, or null when it is larger than a photo read into memory may be
     * or grew since the scan (then each step streams it: a huge TIFF is hashed in chunks and decoded row by row).
     */
    private ContentHash.Content readOnce(Path path, long scannedSize, boolean hash) throws IOException {
        if (scannedSize > MAX_BYTES_IN_MEMORY) {
            return null;
        }
        // An array of at least the scanned size, filled in place: reading up to the limit grows and copies buffers,
        // which doubled the garbage of every photo. A file that changed since the scan is settled in a later pass.
        int size = (int) scannedSize;
        byte[] buffer = fileBuffers.get();
        if (buffer.length < size && size <= KEPT_FILE_BYTES) {
            // A quarter to spare, so a slightly larger photo next does not replace it again.
            buffer = new byte[Math.min(KEPT_FILE_BYTES, size + size / 4)];
            fileBuffers.set(buffer);
        }
        return ContentHash.read(path, size, hash, buffer);
    }

    /** A video is always sampled, even when its content is embedded: its catalog row takes size, date and place from it. */
    private void processVideo(Job job) throws InterruptedException {
        WorkItem item = job.item;
        String hash;
        try {
            hash = item.contentUnchanged() ? item.known().contentHash() : ContentHash.of(item.path());
            job.hash = hash;
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            stages.toWriter(
                    job,
                    new PhotoOutcome.Skipped(item, null, PhotoMetadata.EMPTY, SkipReasons.UNREADABLE, describe(e)));
            return;
        }
        boolean embedded = state.embedded.contains(hash);
        if (!embedded && !state.claim(hash)) {
            stages.toWriter(
                    job,
                    new PhotoOutcome.Twin(
                            item, hash, PhotoMetadata.EMPTY.withFileType(VideoWorker.typeOf(item.path()))));
            return;
        }
        PhotoOutcome outcome;
        try {
            outcome = videos.process(job, hash, embedded, thumbnails.contains(hash));
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            LOG.error("Sampling failed unexpectedly on {}", item.path(), e);
            outcome =
                    new PhotoOutcome.Skipped(item, hash, PhotoMetadata.EMPTY, SkipReasons.DECODER_ERROR, e.toString());
        }
        if (outcome instanceof PhotoOutcome.Embedded && !unchangedSinceScan(item)) {
            outcome = new PhotoOutcome.Unsettled(item, hash);
        }
        stages.toWriter(job, outcome);
    }

    /** A file still being written (a copy in progress) is left for the next pass rather than catalogued half-read. */
    private static boolean unchangedSinceScan(WorkItem item) {
        try {
            BasicFileAttributes now = Files.readAttributes(item.path(), BasicFileAttributes.class);
            return now.size() == item.file().size()
                    && now.lastModifiedTime().toMillis() == item.file().modifiedMillis();
        } catch (IOException e) {
            return false;
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
