package dev.fovea.indexer.video;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Samples a video through FFmpeg (bytedeco's build, via JavaCV's grabber): seeks to each moment of the
 * {@link SamplingPolicy}, decodes only the keyframe it lands on (the decoder skips every other frame), scales it
 * down to what the caller needs and turns it upright. A long video costs one keyframe per sample, not a full decode.
 * Thread-safe: each call opens its own decoder.
 */
public final class VideoSampler {
    /** Reasons a video is skipped, next to the photo decoder's. */
    public static final String UNKNOWN_FORMAT = "unknown-format";

    public static final String NO_VIDEO = "no-video";
    public static final String UNSUPPORTED = "unsupported";
    public static final String CORRUPT = "corrupt";

    static {
        // FFmpeg reports damaged input on stderr; Fovea says per file what was wrong instead.
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
    }

    private final SamplingPolicy policy;

    public VideoSampler(SamplingPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param minShortSide frames are scaled down to keep at least this short side (never up)
     * @param deadlineNanos a {@link System#nanoTime()} after which sampling stops and the frames so far are kept (the
     *     first frame is always tried)
     */
    public SampledVideo sample(Path file, int minShortSide, long deadlineNanos)
            throws UndecodableVideoException, InterruptedException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            // Bicubic as open_clip's Pillow resize is; swscale widens the filter when it shrinks, so the frame comes
            // out antialiased at the size asked for and the model's preprocessing has (almost) nothing to resize.
            grabber.setImageScalingFlags(swscale.SWS_BICUBIC);
            grabber.setVideoOption("skip_frame", "nokey");
            // The pipeline already runs one decode worker per core.
            grabber.setVideoOption("threads", "1");
            start(grabber, file);
            return sample(grabber, file, minShortSide, deadlineNanos);
        } catch (FrameGrabber.Exception e) {
            throw new UndecodableVideoException(CORRUPT, "FFmpeg could not read " + file + ": " + e.getMessage(), e);
        }
    }

    static void start(FFmpegFrameGrabber grabber, Path file) throws UndecodableVideoException {
        try {
            grabber.start();
        } catch (FrameGrabber.Exception e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("avcodec_find_decoder") || message.contains("Unsupported")) {
                throw new UndecodableVideoException(
                        UNSUPPORTED, "No decoder for the video codec of " + file + " (" + message + ").", e);
            }
            // The grabber passes over a stream it has no decoder for and then finds no stream at all.
            String codec = videoCodecWithoutDecoder(file);
            if (codec != null) {
                throw new UndecodableVideoException(
                        UNSUPPORTED,
                        "No decoder for the video codec of " + file + " (" + codec
                                + "): Fovea's FFmpeg cannot play it; convert the video (e.g. to H.264) to index it.",
                        e);
            }
            throw new UndecodableVideoException(
                    UNKNOWN_FORMAT,
                    "FFmpeg cannot open " + file + " as a video (" + message
                            + "). It may be damaged, incomplete or not a video.",
                    e);
        }
    }

    /** The codec (its name, or its four-character code) of a video stream FFmpeg has no decoder for; else null. */
    private static String videoCodecWithoutDecoder(Path file) {
        AVFormatContext context = new AVFormatContext(null);
        if (avformat.avformat_open_input(context, file.toString(), null, null) < 0) {
            return null;
        }
        try {
            if (avformat.avformat_find_stream_info(context, (PointerPointer<?>) null) < 0) {
                return null;
            }
            for (int i = 0; i < context.nb_streams(); i++) {
                AVCodecParameters stream = context.streams(i).codecpar();
                if (stream.codec_type() == avutil.AVMEDIA_TYPE_VIDEO
                        && avcodec.avcodec_find_decoder(stream.codec_id()) == null) {
                    return stream.codec_id() == avcodec.AV_CODEC_ID_NONE
                            ? "tag " + fourCharacterCode(stream.codec_tag())
                            : avcodec.avcodec_get_name(stream.codec_id()).getString();
                }
            }
            return null;
        } finally {
            avformat.avformat_close_input(context);
        }
    }

    private static String fourCharacterCode(int tag) {
        StringBuilder code = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            char c = (char) ((tag >> (8 * i)) & 0xff);
            code.append(c >= ' ' && c < 127 ? c : '?');
        }
        return code.toString();
    }

    private SampledVideo sample(FFmpegFrameGrabber grabber, Path file, int minShortSide, long deadlineNanos)
            throws UndecodableVideoException, InterruptedException, FrameGrabber.Exception {
        int sourceWidth = grabber.getImageWidth();
        int sourceHeight = grabber.getImageHeight();
        if (grabber.getVideoStream() < 0 || sourceWidth <= 0 || sourceHeight <= 0) {
            throw new UndecodableVideoException(NO_VIDEO, file + " has no video track (audio only?).");
        }
        int quarterTurns = FrameRotation.clockwiseQuarterTurns(grabber.getDisplayRotation());
        double scale = Math.min(1.0, (double) minShortSide / Math.min(sourceWidth, sourceHeight));
        grabber.setImageWidth(Math.max(1, (int) Math.round(sourceWidth * scale)));
        grabber.setImageHeight(Math.max(1, (int) Math.round(sourceHeight * scale)));
        double duration = Math.max(0, grabber.getLengthInTime() / 1e6);

        List<VideoFrame> kept = new ArrayList<>();
        SceneSignal lastKept = null;
        long lastLanded = Long.MIN_VALUE;
        boolean partial = false;
        for (double moment : policy.moments(duration)) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (!kept.isEmpty() && System.nanoTime() > deadlineNanos) {
                partial = true;
                break;
            }
            Frame frame;
            try {
                if (moment > 0) {
                    grabber.setTimestamp(Math.round(moment * 1e6));
                }
                frame = grabber.grabImage();
            } catch (FrameGrabber.Exception e) {
                if (kept.isEmpty()) {
                    throw e;
                }
                partial = true;
                break;
            }
            if (frame == null || frame.image == null) {
                // Past the last keyframe, or a stream that ends before its header says.
                continue;
            }
            if (frame.timestamp <= lastLanded) {
                // The seek landed on a keyframe already seen: sparse keyframes.
                continue;
            }
            lastLanded = frame.timestamp;
            PixelImage image = FrameRotation.rotate(pixels(frame), quarterTurns);
            SceneSignal signal = SceneSignal.of(image);
            if (lastKept == null || signal.distance(lastKept) >= policy.sceneChange()) {
                kept.add(new VideoFrame(Math.max(0, frame.timestamp / 1e6), image));
                lastKept = signal;
            }
        }
        if (kept.isEmpty()) {
            throw new UndecodableVideoException(CORRUPT, "No frame of " + file + " could be decoded.");
        }
        boolean turned = quarterTurns % 2 == 1;
        return new SampledVideo(
                duration,
                turned ? sourceHeight : sourceWidth,
                turned ? sourceWidth : sourceHeight,
                codecName(grabber),
                VideoTags.parse(grabber.getMetadata()),
                kept,
                partial);
    }

    private static String codecName(FFmpegFrameGrabber grabber) {
        // The codec's own name (h264, hevc, av1), not the decoder FFmpeg chose for it (libdav1d...).
        String name = avcodec.avcodec_get_name(grabber.getVideoCodec()).getString();
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    static PixelImage pixels(Frame frame) {
        int width = frame.imageWidth;
        int height = frame.imageHeight;
        int rowBytes = width * 3;
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        byte[] pixels = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            buffer.get(y * stride, pixels, y * rowBytes, rowBytes);
        }
        return new PixelImage(width, height, PixelLayout.RGB, pixels);
    }
}
