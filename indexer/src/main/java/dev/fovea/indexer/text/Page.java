package dev.fovea.indexer.text;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.leptonica.global.leptonica;

/**
 * What Tesseract reads of a picture: the picture itself, straightened or turned upside down, and the transform
 * that takes a point of the page back to the picture, so word boxes land on the words where the viewer shows them.
 * Holds a Leptonica image: {@link #close()} frees it.
 */
final class Page implements AutoCloseable {
    private final PIX pix;
    private final AffineTransform toPicture;
    private final int pictureWidth;
    private final int pictureHeight;

    private Page(PIX pix, AffineTransform toPicture, int pictureWidth, int pictureHeight) {
        this.pix = pix;
        this.toPicture = toPicture;
        this.pictureWidth = pictureWidth;
        this.pictureHeight = pictureHeight;
    }

    /** The picture as it is; takes ownership of {@code pix}. */
    static Page of(PIX pix) {
        return new Page(pix, new AffineTransform(), leptonica.pixGetWidth(pix), leptonica.pixGetHeight(pix));
    }

    /**
     * The picture turned clockwise by {@code degrees} about its centre, in a canvas large enough that no corner is
     * cut off, the new corners white.
     */
    static Page rotated(PIX picture, double degrees) {
        int width = leptonica.pixGetWidth(picture);
        int height = leptonica.pixGetHeight(picture);
        PIX turned = leptonica.pixRotate(
                picture,
                (float) Math.toRadians(degrees),
                leptonica.L_ROTATE_AREA_MAP,
                leptonica.L_BRING_IN_WHITE,
                width,
                height);
        AffineTransform back = AffineTransform.getTranslateInstance(width / 2.0, height / 2.0);
        back.rotate(Math.toRadians(-degrees));
        back.translate(-leptonica.pixGetWidth(turned) / 2.0, -leptonica.pixGetHeight(turned) / 2.0);
        return new Page(turned, back, width, height);
    }

    /** This page upside down, as a new page mapping back to the same picture. */
    Page turned180() {
        AffineTransform back = new AffineTransform(toPicture);
        back.translate(width(), height());
        back.scale(-1, -1);
        return new Page(leptonica.pixRotate180(null, pix), back, pictureWidth, pictureHeight);
    }

    PIX pix() {
        return pix;
    }

    int width() {
        return leptonica.pixGetWidth(pix);
    }

    int height() {
        return leptonica.pixGetHeight(pix);
    }

    /**
     * The picture's box, in {@code scale}ths of its width and height, around a box of this page: a word read
     * on a turned page gets the upright box that holds it.
     */
    int[] pictureBox(int left, int top, int right, int bottom, int scale) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int[] corner : new int[][] {{left, top}, {right, top}, {left, bottom}, {right, bottom}}) {
            Point2D point = toPicture.transform(new Point2D.Double(corner[0], corner[1]), null);
            minX = Math.min(minX, point.getX());
            minY = Math.min(minY, point.getY());
            maxX = Math.max(maxX, point.getX());
            maxY = Math.max(maxY, point.getY());
        }
        int x0 = scaled(minX, pictureWidth, scale);
        int y0 = scaled(minY, pictureHeight, scale);
        return new int[] {x0, y0, scaled(maxX, pictureWidth, scale) - x0, scaled(maxY, pictureHeight, scale) - y0};
    }

    private static int scaled(double pixels, int side, int scale) {
        return Math.clamp(Math.round(pixels * scale / side), 0, scale);
    }

    @Override
    public void close() {
        leptonica.pixDestroy(pix);
    }
}
