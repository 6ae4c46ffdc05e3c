package dev.fovea.search.query.album;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The categories Fovea ships (categories.json beside this class): smart albums and their competitors. */
public final class ZeroShotCategories {
    private static final String RESOURCE = "categories.json";

    private ZeroShotCategories() {}

    public static List<Category> builtIn() {
        try (InputStream in = ZeroShotCategories.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The templates used by the built-in categories, for checking them against the CLIP paper's. */
    public static List<String> builtInTemplates() {
        try (InputStream in = ZeroShotCategories.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<String> templates = new ArrayList<>(strings(root.get("templates")));
            for (String section : List.of("albums", "others")) {
                root.get(section).forEach(category -> templates.addAll(strings(category.get("templates"))));
            }
            return templates.stream().distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Category> parse(JsonNode root) {
        List<String> defaultTemplates = strings(root.get("templates"));
        List<Category> categories = new ArrayList<>();
        for (String section : List.of("albums", "others")) {
            for (JsonNode node : root.get(section)) {
                List<String> templates = node.has("templates") ? strings(node.get("templates")) : defaultTemplates;
                List<String> prompts = new ArrayList<>();
                for (String name : strings(node.get("names"))) {
                    templates.forEach(template -> prompts.add(template.replace("{}", name)));
                }
                categories.add(new Category(
                        node.get("id").asText(), node.get("label").asText(), prompts, section.equals("albums")));
            }
        }
        return categories;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }
}
