package dev.fovea.search.query.album;

import java.util.List;

/**
 * A zero-shot category: the prompts whose averaged embedding stands for it, as in the CLIP paper
 * (each prompt embedded, L2-normalised, averaged, normalised again).
 *
 * @param album whether it is offered as a smart album, or only competes with the albums
 */
public record Category(String id, String label, List<String> prompts, boolean album) {

    public Category {
        prompts = List.copyOf(prompts);
        if (prompts.isEmpty()) {
            throw new IllegalArgumentException("Category " + id + " has no prompts");
        }
    }
}
