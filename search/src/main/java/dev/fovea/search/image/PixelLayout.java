package dev.fovea.search.image;

/** Interleaved 8-bit channels of a decoded picture. */
public enum PixelLayout {
    GRAY(1),
    GRAY_ALPHA(2),
    RGB(3),
    RGBA(4);

    private final int channels;

    PixelLayout(int channels) {
        this.channels = channels;
    }

    public int channels() {
        return channels;
    }

    public boolean hasAlpha() {
        return this == GRAY_ALPHA || this == RGBA;
    }
}
