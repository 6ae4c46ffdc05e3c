package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.indexer.thumbnail.ThumbnailMaker;
import dev.fovea.indexer.thumbnail.ThumbnailStore;
import dev.fovea.indexer.video.SampledVideo;
import dev.fovea.indexer.video.UndecodableVideoException;
import dev.fovea.indexer.video.VideoFrame;
import dev.fovea.indexer.video.VideoSampler;
import dev.fovea.indexer.video.VideoSummary;
import dev.fovea.indexer.video.VideoTags;
import dev.fovea.search.index.FrameVector;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A decode worker's work on a video: samples frames (one per scene, keyframes only, reduced size), makes a
 * thumbnail of each and the video's from the middle one and embeds the frames itself, one at a time into one reused
 * buffer, so a video holds no more memory in flight than a photo does.
 */
final class VideoWorker {
    private final VideoSampler sampler;
    private final PhotoEncoder encoder;
    private final ThumbnailStore thumbnails;
    private final ThumbnailMaker thumbnailMaker = new ThumbnailMaker();
    private final FrameEmbedder embedder;
    private final long samplingNanos;

    /**
     * Frames per encoder call. One: the decode workers embed their videos at the same time, each call using every
     * core, and on a 2-core machine MobileCLIP2-S0 then costs 57 ms of CPU a frame one at a time against 73-90 ms
     * in batches of 8, whose calls also wait longer for their threads (fovea bench video --batch 1 and 8: embedding
     * 32x against 12x real time, peak memory 680 against 1006 MB).
     */
    static final int FRAMES_PER_CALL = 1;

    /** @param samplingNanos how long sampling one video may take; what was sampled by then is indexed (partial) */
    VideoWorker(VideoSampler sampler, PhotoEncoder encoder, ThumbnailStore thumbnails, long samplingNanos) {
        this.sampler = sampler;
        this.encoder = encoder;
        this.thumbnails = thumbnails;
        this.embedder = new FrameEmbedder(encoder, FRAMES_PER_CALL);
        this.samplingNanos = samplingNanos;
    }

    /** Samples and embeds the video, or says why it cannot be indexed. */
    PhotoOutcome process(Job job, String hash, boolean embedded, boolean hasThumbnail) throws InterruptedException {
        WorkItem item = job.item;
        SampledVideo video;
        try {
            video = sampler.sample(
                    item.path(), DecodeSize.videoShortSide(encoder.inputSize()), job.startedNanos + samplingNanos);
        } catch (UndecodableVideoException e) {
            return new PhotoOutcome.Skipped(item, hash, PhotoMetadata.EMPTY, e.reason(), e.getMessage());
        }
        PhotoMetadata metadata = metadata(item.path(), video);
        List<VideoFrame> frames = video.frames();
        if (!hasThumbnail) {
            // Each frame's own, so a result shows the frame that matched; the video's last, as the sign that all are.
            for (VideoFrame frame : frames) {
                thumbnails.writeFrame(hash, frame.seconds(), thumbnailMaker.make(frame.image()));
            }
            thumbnails.write(
                    hash, thumbnailMaker.make(frames.get(frames.size() / 2).image()));
        }
        if (embedded) {
            return new PhotoOutcome.Reused(item, hash, metadata);
        }
        List<FrameVector> vectors = embedder.embed(frames);
        return new PhotoOutcome.Embedded(
                item,
                hash,
                metadata,
                mean(vectors),
                vectors,
                new VideoSummary(video.durationSeconds(), video.codec(), vectors.size(), video.partial()));
    }

    /** The catalog's row for a video: its type by extension, displayed size, and when and where it was filmed. */
    static PhotoMetadata metadata(Path file, SampledVideo video) {
        VideoTags tags = video.tags();
        return new PhotoMetadata(
                typeOf(file),
                video.width(),
                video.height(),
                tags.takenAt(),
                tags.make(),
                tags.model(),
                null,
                null,
                null,
                null,
                null,
                tags.latitude(),
                tags.longitude(),
                null);
    }

    /** A video's type is its container, by extension (mp4, mov, mkv...). */
    static String typeOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** The frames' mean direction: what the catalog keeps as the video's one embedding. */
    private static float[] mean(List<FrameVector> frames) {
        float[] sum = new float[frames.getFirst().embedding().length];
        for (FrameVector frame : frames) {
            float[] v = frame.embedding();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return frames.getFirst().embedding().clone();
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= (float) norm;
        }
        return sum;
    }
}
