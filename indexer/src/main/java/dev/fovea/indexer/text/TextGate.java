package dev.fovea.indexer.text;

import dev.fovea.search.query.QueryEncoder;
import dev.fovea.search.query.album.Category;
import dev.fovea.search.query.album.CategoryClassifier;
import dev.fovea.search.query.album.ZeroShotCategories;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, from what indexing already knows, whether a photo is worth reading: reading costs more than
 * embedding, and most photos hold no text. A photo is read when its embedding's closest zero-shot category
 * (the smart albums' categories and a few more text-bearing ones) is one that carries text, or when it looks
 * like a screenshot: a PNG no camera wrote.
 */
public final class TextGate {
    /** Bumped when the rule changes, so photos it passed over are looked at again. */
    private static final int VERSION = 1;

    private static final Set<String> TEXT_BEARING = Set.of(
            "screenshots",
            "documents",
            "receipts",
            "whiteboards",
            "signs",
            "slides",
            "menus",
            "posters",
            "labels",
            "handwriting");

    /** Text-bearing things the albums do not name; one CLIP-paper template each, like the albums' defaults. */
    private static final List<List<String>> EXTRA = List.of(
            List.of("signs", "street sign", "shop sign"),
            List.of("slides", "presentation slide"),
            List.of("menus", "restaurant menu"),
            List.of("posters", "poster"),
            List.of("labels", "product label"),
            List.of("handwriting", "handwritten note"));

    private final CategoryClassifier classifier;
    private final String id;

    private TextGate(CategoryClassifier classifier, String modelId) {
        this.classifier = classifier;
        this.id = idFor(modelId);
    }

    /** Embeds the categories' prompts with the model that embedded the photos. */
    public static TextGate build(QueryEncoder prompts, String modelId) {
        List<Category> categories = new ArrayList<>(ZeroShotCategories.builtIn());
        for (List<String> extra : EXTRA) {
            List<String> texts = extra.subList(1, extra.size()).stream()
                    .map(name -> "a photo of a " + name + ".")
                    .toList();
            categories.add(new Category(extra.get(0), extra.get(0), texts, false));
        }
        return new TextGate(CategoryClassifier.build(categories, prompts), modelId);
    }

    /** Names the rule and the model: a photo passed over by another gate is looked at again. */
    public String id() {
        return id;
    }

    /** The id of the gate {@link #build} makes for this model, known without embedding its prompts. */
    public static String idFor(String modelId) {
        return "gate-" + VERSION + "/" + modelId;
    }

    /**
     * @param unitEmbedding the photo's embedding by the gate's model
     * @param fileType lower-case type (png, jpg, ...), or null
     * @param cameraMake EXIF make, or null when no camera wrote the file
     */
    public boolean expectsText(float[] unitEmbedding, String fileType, String cameraMake) {
        boolean screenshotLike = "png".equals(fileType == null ? null : fileType.toLowerCase(Locale.ROOT))
                && (cameraMake == null || cameraMake.isBlank());
        return screenshotLike || TEXT_BEARING.contains(classifier.bestCategory(unitEmbedding));
    }
}
