package dev.fovea.search.model;

import java.util.Arrays;

/**
 * How the reference turns a picture into the image tower's input: resize the shortest side to
 * {@code imageSize} with {@code interpolation}, center-crop to a square, scale to [0,1], then
 * {@code (x - mean) / std} per RGB channel. The tensor is NCHW float32.
 */
public record Preprocessing(int imageSize, Interpolation interpolation, float[] mean, float[] std) {

    // open_clip's constants as it publishes them (more digits than a float holds), shared read-only by convention.
    @SuppressWarnings("MutablePublicArray")
    public static final float[] NO_MEAN = {0f, 0f, 0f};

    @SuppressWarnings("MutablePublicArray")
    public static final float[] NO_STD = {1f, 1f, 1f};

    @SuppressWarnings({"MutablePublicArray", "FloatingPointLiteralPrecision"})
    public static final float[] OPENAI_MEAN = {0.48145466f, 0.4578275f, 0.40821073f};

    @SuppressWarnings({"MutablePublicArray", "FloatingPointLiteralPrecision"})
    public static final float[] OPENAI_STD = {0.26862954f, 0.26130258f, 0.27577711f};

    public Preprocessing {
        if (imageSize <= 0) {
            throw new IllegalArgumentException("imageSize must be positive: " + imageSize);
        }
        if (mean.length != 3 || std.length != 3) {
            throw new IllegalArgumentException("mean and std need one value per RGB channel");
        }
        mean = mean.clone();
        std = std.clone();
    }

    public static Preprocessing unnormalized(int imageSize, Interpolation interpolation) {
        return new Preprocessing(imageSize, interpolation, NO_MEAN, NO_STD);
    }

    public static Preprocessing openAi(int imageSize, Interpolation interpolation) {
        return new Preprocessing(imageSize, interpolation, OPENAI_MEAN, OPENAI_STD);
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Preprocessing that
                && imageSize == that.imageSize
                && interpolation == that.interpolation
                && Arrays.equals(mean, that.mean)
                && Arrays.equals(std, that.std);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * imageSize + interpolation.hashCode()) + Arrays.hashCode(mean)) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Preprocessing[" + imageSize + ", " + interpolation + ", mean=" + Arrays.toString(mean) + ", std="
                + Arrays.toString(std) + "]";
    }
}
