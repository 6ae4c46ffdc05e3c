package dev.fovea.indexer.video;

import dev.fovea.search.image.PixelImage;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a video for playback: every frame in order from a moment (unlike {@link VideoSampler}, which decodes
 * keyframes only), scaled by FFmpeg to fit a box and turned upright. One reader thread at a time; close it when
 * playback ends.
 */
public final class VideoPlayback implements AutoCloseable {
    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final int quarterTurns;
    private final double durationSeconds;

    private VideoPlayback(Path file, FFmpegFrameGrabber grabber, int quarterTurns, double durationSeconds) {
        this.file = file;
        this.grabber = grabber;
        this.quarterTurns = quarterTurns;
        this.durationSeconds = durationSeconds;
    }

    /** Opens {@code file} with frames no larger than {@code maxWidth} x {@code maxHeight} once upright. */
    public static VideoPlayback open(Path file, int maxWidth, int maxHeight) throws UndecodableVideoException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        try {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            grabber.setImageScalingFlags(swscale.SWS_BILINEAR);
            // The indexer may run beside the viewer: two threads keep a 4K video near its frame rate on two cores.
            grabber.setVideoOption("threads", "2");
            VideoSampler.start(grabber, file);
            int width = grabber.getImageWidth();
            int height = grabber.getImageHeight();
            if (grabber.getVideoStream() < 0 || width <= 0 || height <= 0) {
                throw new UndecodableVideoException(VideoSampler.NO_VIDEO, file + " has no video track (audio only?).");
            }
            int turns = FrameRotation.clockwiseQuarterTurns(grabber.getDisplayRotation());
            boolean turned = turns % 2 == 1;
            double scale = Math.min(
                    1.0,
                    Math.min(
                            (double) maxWidth / (turned ? height : width),
                            (double) maxHeight / (turned ? width : height)));
            grabber.setImageWidth(Math.max(2, (int) Math.round(width * scale)));
            grabber.setImageHeight(Math.max(2, (int) Math.round(height * scale)));
            return new VideoPlayback(file, grabber, turns, Math.max(0, grabber.getLengthInTime() / 1e6));
        } catch (UndecodableVideoException | RuntimeException e) {
            closeQuietly(grabber);
            throw e;
        }
    }

    public double durationSeconds() {
        return durationSeconds;
    }

    /** Moves to the frame shown at {@code seconds}: FFmpeg seeks to the keyframe before and decodes up to it. */
    public void seek(double seconds) throws UndecodableVideoException {
        try {
            grabber.setTimestamp(Math.round(Math.clamp(seconds, 0, durationSeconds) * 1e6));
        } catch (FrameGrabber.Exception e) {
            throw new UndecodableVideoException(
                    VideoSampler.CORRUPT,
                    "FFmpeg could not seek " + file + " to " + seconds + " s: " + e.getMessage(),
                    e);
        }
    }

    /** The next frame, or null at the end of the video. */
    public VideoFrame next() throws UndecodableVideoException {
        try {
            Frame frame = grabber.grabImage();
            if (frame == null || frame.image == null) {
                return null;
            }
            PixelImage image = FrameRotation.rotate(VideoSampler.pixels(frame), quarterTurns);
            return new VideoFrame(Math.max(0, frame.timestamp / 1e6), image);
        } catch (FrameGrabber.Exception e) {
            throw new UndecodableVideoException(
                    VideoSampler.CORRUPT, "FFmpeg could not decode " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(grabber);
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // Releasing FFmpeg's buffers failed: nothing is left to read or write, so nothing is lost.
        }
    }
}
