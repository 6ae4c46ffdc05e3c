package dev.fovea.search.query;

import dev.fovea.search.FoveaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in text encoder in the spirit of the fixture model: colour words point along their own axis of
 * a 32-dimensional space, other words add a small neutral component. Images are not decoded; a test
 * registers their embeddings by file name.
 */
final class ColourWords implements QueryEncoder {
    static final int DIMENSIONS = 32;
    static final List<String> COLOURS = List.of("red", "green", "blue", "yellow");

    final AtomicInteger textCalls = new AtomicInteger();
    private final Map<String, float[]> images;

    ColourWords(Map<String, float[]> images) {
        this.images = images;
    }

    static float[] axis(int index) {
        float[] vector = new float[DIMENSIONS];
        vector[index] = 1f;
        return vector;
    }

    @Override
    public float[] embedText(String text) {
        textCalls.incrementAndGet();
        float[] sum = new float[DIMENSIONS];
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            int colour = COLOURS.indexOf(word);
            if (colour >= 0) {
                sum[colour] += 1f;
            } else {
                sum[DIMENSIONS - 1] += 0.05f;
            }
        }
        return sum;
    }

    @Override
    public float[] embedImage(Path image) {
        if (!Files.exists(image)) {
            throw new FoveaException(image + ": no such file");
        }
        float[] embedding = images.get(image.getFileName().toString());
        if (embedding == null) {
            throw new FoveaException(image + ": not an image");
        }
        return embedding;
    }
}
