package dev.fovea.indexer.text;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.fovea.search.FoveaException;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.onnx.OnnxTelemetry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * PaddleOCR's PP-OCRv4 text detector (DB, "differentiable binarization"; {@code ch_PP-OCRv4_det_infer.onnx}, fetched
 * by {@code tools/fetch-text-detector.sh}) reduced to what the text gate needs: it finds the regions where its
 * probability map says text, counts them, and gives the box around them all (the area the reader then reads), without
 * drawing boxes around each.
 *
 * <p>Preprocessing as PaddleOCR's published configuration ({@code configs/det/ch_PP-OCRv4/*.yml},
 * {@code tools/infer/utility.py}): the picture is read as BGR, scaled to [0, 1], normalised with ImageNet's
 * mean and standard deviation in that channel order, resized so both sides are multiples of 32. Post-processing:
 * the map is thresholded at {@value #PIXEL_THRESHOLD} ({@code det_db_thresh}) and a connected region counts when
 * its mean probability reaches {@value #REGION_THRESHOLD} ({@code det_db_box_thresh}); PaddleOCR scores a region's
 * bounding box, this its own pixels, which for a gate comes to the same.
 */
public final class TextDetector implements AutoCloseable {
    /** The model file's name, also the id stored with the photos it passed over. */
    static final String MODEL = "ch_PP-OCRv4_det_infer.onnx";
    /**
     * The long side the picture is resized to, from the thumbnail's 360 px. On the real photos of the shared corpus
     * (fovea bench ocr) 256 px finds 15 of the 22 photos of text and 640 px 21, but Tesseract reads no word in any
     * of the photos 256 px passes over, at a sixth of 640's time (docs/text-in-photos.md).
     */
    public static final int LONG_SIDE = 256;

    private static final float PIXEL_THRESHOLD = 0.3f;
    private static final float REGION_THRESHOLD = 0.6f;
    /** PaddleOCR drops boxes under 3 px a side; smaller specks are noise at this size too. */
    private static final int MIN_REGION_PIXELS = 10;
    /**
     * Map pixels added around the text area beyond one and a half times the tallest region's height. Measured with
     * fovea bench ocr: with 4 the smallest print and the turned pictures lost letters at the crop's edge, with 8 (and
     * a factor of 1 to 2) no word of the generated pictures or of the real photos' truth is lost.
     */
    private static final int AREA_MARGIN = 8;
    // BGR order: PaddleOCR decodes with OpenCV and normalises the channels as they come.
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final int longSide;

    private TextDetector(OrtEnvironment environment, OrtSession session, int longSide) {
        this.environment = environment;
        this.session = session;
        this.longSide = longSide;
    }

    /** The gate's detector: pictures resized to {@value #LONG_SIDE} px on the long side. */
    public static TextDetector open(int threads) {
        return open(threads, LONG_SIDE);
    }

    /**
     * @param threads ONNX Runtime's intra-op threads
     * @param longSide the long side pictures are resized to, a multiple of 32 (benchmarks compare sizes)
     */
    public static TextDetector open(int threads, int longSide) {
        if (longSide < 32 || longSide % 32 != 0) {
            throw new IllegalArgumentException("The detector's side must be a multiple of 32, not " + longSide);
        }
        byte[] model;
        try (InputStream in = TextDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new FoveaException("The text detector " + MODEL + " is missing from this build of Fovea."
                        + " Run tools/fetch-text-detector.sh and build again.");
            }
            model = in.readAllBytes();
        } catch (IOException e) {
            throw new FoveaException("Cannot read the text detector " + MODEL + ": " + e.getMessage(), e);
        }
        OrtEnvironment environment = OnnxTelemetry.environment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // As the encoders: idle worker threads park instead of spinning on a core between photos.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return new TextDetector(environment, environment.createSession(model, options), longSide);
        } catch (OrtException e) {
            throw new FoveaException("Cannot load the text detector " + MODEL + ": " + e.getMessage(), e);
        }
    }

    /**
     * The detector's answer for one picture.
     *
     * @param area around every region found, with a margin; null when none was
     */
    public record Detection(int regions, double textFraction, TextArea area) {
        public boolean holdsText() {
            return regions > 0;
        }
    }

    /** Any size of picture; it is shrunk (or enlarged) to the detector's long side. */
    public Detection detect(PixelImage picture) {
        TesseractInput flat = TesseractInput.of(picture, 2 * longSide);
        double scale = (double) longSide / Math.max(flat.width(), flat.height());
        int width = multipleOf32(flat.width() * scale);
        int height = multipleOf32(flat.height() * scale);
        float[] tensor = tensor(flat, width, height);
        try (OnnxTensor input = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(tensor), new long[] {1, 3, height, width});
                OrtSession.Result result =
                        session.run(Map.of(session.getInputNames().iterator().next(), input))) {
            FloatBuffer probabilities = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] map = new float[probabilities.remaining()];
            probabilities.get(map);
            return regions(map, width, height);
        } catch (OrtException e) {
            throw new FoveaException("The text detector failed: " + e.getMessage(), e);
        }
    }

    private static int multipleOf32(double side) {
        return Math.max(32, (int) Math.round(side / 32) * 32);
    }

    /** Bilinear resize (pixel centres aligned, as OpenCV's) straight into the normalised BGR planes. */
    private static float[] tensor(TesseractInput flat, int width, int height) {
        int plane = width * height;
        float[] tensor = new float[3 * plane];
        byte[] pixels = flat.pixels();
        int channels = flat.channels();
        double sx = (double) flat.width() / width;
        double sy = (double) flat.height() / height;
        for (int y = 0; y < height; y++) {
            double fy = Math.clamp((y + 0.5) * sy - 0.5, 0, flat.height() - 1);
            int y0 = (int) fy;
            int y1 = Math.min(y0 + 1, flat.height() - 1);
            double wy = fy - y0;
            for (int x = 0; x < width; x++) {
                double fx = Math.clamp((x + 0.5) * sx - 0.5, 0, flat.width() - 1);
                int x0 = (int) fx;
                int x1 = Math.min(x0 + 1, flat.width() - 1);
                double wx = fx - x0;
                for (int bgr = 0; bgr < 3; bgr++) {
                    int c = channels == 1 ? 0 : 2 - bgr;
                    double top = (1 - wx) * sample(pixels, flat, x0, y0, c) + wx * sample(pixels, flat, x1, y0, c);
                    double bottom = (1 - wx) * sample(pixels, flat, x0, y1, c) + wx * sample(pixels, flat, x1, y1, c);
                    double value = ((1 - wy) * top + wy * bottom) / 255.0;
                    tensor[bgr * plane + y * width + x] = (float) ((value - MEAN[bgr]) / STD[bgr]);
                }
            }
        }
        return tensor;
    }

    private static int sample(byte[] pixels, TesseractInput flat, int x, int y, int channel) {
        return pixels[(y * flat.width() + x) * flat.channels() + channel] & 0xff;
    }

    /**
     * Counts the 4-connected regions above the pixel threshold whose mean probability passes the region's, and the
     * box around them. The map marks the core of each line of text (PaddleOCR widens its boxes by half again), so the
     * box is widened on each side by one and a half times the tallest region's height and {@value #AREA_MARGIN}
     * pixels more.
     */
    private static Detection regions(float[] map, int width, int height) {
        boolean[] seen = new boolean[map.length];
        int[] stack = new int[map.length];
        int regions = 0;
        int textPixels = 0;
        int left = width;
        int top = height;
        int right = -1;
        int bottom = -1;
        int tallest = 0;
        for (int start = 0; start < map.length; start++) {
            if (seen[start] || map[start] <= PIXEL_THRESHOLD) {
                continue;
            }
            int depth = 0;
            stack[depth++] = start;
            seen[start] = true;
            int count = 0;
            double sum = 0;
            int regionTop = height;
            int regionBottom = -1;
            int regionLeft = width;
            int regionRight = -1;
            while (depth > 0) {
                int at = stack[--depth];
                count++;
                sum += map[at];
                int x = at % width;
                int y = at / width;
                regionLeft = Math.min(regionLeft, x);
                regionRight = Math.max(regionRight, x);
                regionTop = Math.min(regionTop, y);
                regionBottom = Math.max(regionBottom, y);
                if (x > 0) depth = push(map, seen, stack, depth, at - 1);
                if (x < width - 1) depth = push(map, seen, stack, depth, at + 1);
                if (y > 0) depth = push(map, seen, stack, depth, at - width);
                if (y < height - 1) depth = push(map, seen, stack, depth, at + width);
            }
            if (count >= MIN_REGION_PIXELS && sum / count >= REGION_THRESHOLD) {
                regions++;
                textPixels += count;
                left = Math.min(left, regionLeft);
                right = Math.max(right, regionRight);
                top = Math.min(top, regionTop);
                bottom = Math.max(bottom, regionBottom);
                tallest = Math.max(tallest, regionBottom - regionTop + 1);
            }
        }
        TextArea area = null;
        if (regions > 0) {
            int margin = (int) Math.round(1.5 * tallest) + AREA_MARGIN;
            area = new TextArea(
                    (double) (left - margin) / width,
                    (double) (top - margin) / height,
                    (double) (right + 1 + margin) / width,
                    (double) (bottom + 1 + margin) / height);
        }
        return new Detection(regions, (double) textPixels / map.length, area);
    }

    private static int push(float[] map, boolean[] seen, int[] stack, int top, int at) {
        if (seen[at] || map[at] <= PIXEL_THRESHOLD) {
            return top;
        }
        seen[at] = true;
        stack[top] = at;
        return top + 1;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new FoveaException("Cannot close the text detector: " + e.getMessage(), e);
        }
    }
}
